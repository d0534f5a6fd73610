import { beforeAll, describe, expect, it } from 'vitest';
import {
  POLICY_ZONE_IDS,
  WEAPON_IDS,
  type ShownStatusId as StatusId,
  type WeaponFilter,
} from '../../../src/domain/ids';
import {
  cachedEpochSentence,
  describeEpoch,
  sentenceFor,
  zoneClauses,
  type ZoneClause,
} from '../../../src/domain/sentence';
import { addDays, daysBetween } from '../../../src/domain/dates';
import { LANGS, formatDate, messagesFor } from '../../../src/i18n/locale';
import { engine } from '../../support/dataset';
import { loadAllLanguages } from '../../support/languages';
import { sentenceWordsFor } from '../../../src/i18n/sentenceWords';

beforeAll(loadAllLanguages);

const FILTERS: WeaponFilter[] = ['all', ...WEAPON_IDS];
const weapons = engine.dataset.weapons;

/** What a zone's clause must say for the colour it shows. */
function agrees(level: StatusId, filter: WeaponFilter, clauses: ZoneClause[]): boolean {
  const kinds = clauses.map((c) => c.kind);
  switch (level) {
    case 'permitted':
      return filter === 'all' ? kinds.join() === 'all-permitted' : kinds.join() === 'permitted';
    case 'prohibited':
    case 'no-policy':
    case 'not-supplied':
    case 'no-statement':
      return clauses.length === 1 && clauses[0]!.kind === 'only' && clauses[0]!.status === level;
    case 'disputed':
      return kinds.includes('disputed');
    case 'limited':
      return (
        (kinds.includes('limited') || kinds.includes('permitted')) &&
        !kinds.includes('disputed') &&
        !kinds.includes('only') &&
        !kinds.includes('all-permitted')
      );
  }
}

describe('the summary sentence', () => {
  it('says what the colour shows, in every epoch, zone and weapon filter', () => {
    let checked = 0;
    const disagreements: string[] = [];
    for (const epoch of engine.epochs) {
      for (const filter of FILTERS) {
        const levels = engine.levelsAt(epoch.from, filter);
        for (const zone of POLICY_ZONE_IDS) {
          const clauses = zoneClauses(epoch.statuses[zone], filter, weapons);
          checked++;
          if (!agrees(levels[zone], filter, clauses))
            disagreements.push(
              `${epoch.from} ${filter} ${zone}: ${levels[zone]} vs ${JSON.stringify(clauses)}`,
            );
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(checked).toBe(engine.epochs.length * FILTERS.length * POLICY_ZONE_IDS.length);
  });

  it('names a single weapon by its own status, not the summary', () => {
    const epoch = engine.epochs[engine.epochIndexAt('2024-06-01')]!;
    const t = messagesFor('en');
    expect(describeEpoch(epoch, 'atacms', weapons, t)).not.toContain(t.weapons.himars);
    expect(describeEpoch(epoch, 'himars', weapons, t)).toContain(t.weapons.himars);
  });

  it('prefixes the date to words built once per epoch, filter and language', () => {
    const epoch = engine.epochs[engine.epochIndexAt('2024-06-01')]!;
    const en = messagesFor('en');
    const first = cachedEpochSentence(epoch, 'all', weapons, en);
    expect(cachedEpochSentence(epoch, 'all', weapons, en)).toBe(first);
    expect(cachedEpochSentence(epoch, 'all', weapons, messagesFor('uk'))).not.toBe(first);
    expect(sentenceFor('1 June 2024', epoch, 'all', weapons, en)).toBe(`1 June 2024. ${first}.`);
    expect(first).toContain(en.zones['kharkiv-sector']);
  });

  // 25 fixed dates spread evenly from the start to 16 March 2026, in each language: a change in
  // wording (or in the data behind it) shows up here.
  const span = daysBetween(engine.dataset.timelineStart, '2026-03-16');
  const dates = Array.from({ length: 25 }, (_, i) =>
    addDays(engine.dataset.timelineStart, Math.round((i * span) / 24)),
  );
  it.each(LANGS)('reads the same as before on 25 dates (%s)', (lang) => {
    const t = sentenceWordsFor(lang);
    const lines = dates.map((date) =>
      sentenceFor(formatDate(date, lang), engine.epochs[engine.epochIndexAt(date)]!, 'all', weapons, t),
    );
    expect(lines).toMatchSnapshot();
  });
});
