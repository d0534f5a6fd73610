import { DONOR_IDS } from '../../../src/domain/donors';
import { describe, expect, it } from 'vitest';
import {
  LANGS,
  formatDate,
  formatDateRange,
  formatNumber,
  isLang,
  messagesFor,
  pluralCategory,
  preferredLang,
  type Lang,
} from '../../../src/i18n/locale';
import { loadMessages } from '../../../src/i18n/catalogues';
import { formatEventDate } from '../../../src/i18n/formatEventDate';
import { parseUrlState } from '../../../src/url/params';

type Tree = Record<string, unknown>;

/** Every leaf of a catalogue as [dotted key path, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object'
      ? leaves(value as Tree, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

/** Sample arguments for each function in a catalogue, by key path; anything else gets strings. */
const SAMPLE_ARGS: Record<string, unknown[]> = {
  'sentence.only': ['prohibited'],
  'sentence.zoneList': [['Crimea', 'Deep Russia']],
  detailEventCount: ['3', 'few'],
  // The donor templates take a donor id (and a status, a date): every donor is checked below.
  'donor.documentTitle': ['de'],
  'donor.appTitle': ['de'],
  'donor.appSubtitle': ['nl'],
  'donor.mapAriaLabel': ['gb'],
  'donor.allWeapons': ['fr'],
  'donor.legendAllWeapons': ['de'],
  'donor.tableCaption': ['de', '10 June 2024'],
  'donor.frameTitle': ['de', '10 June 2024'],
  'donor.allSupplied': ['be'],
  'donor.only': ['de', 'no-statement'],
};
const SAMPLE_STRING = 'x-sample';

// The other catalogues are separate chunks: load them all, as the page does one at a time.
await Promise.all(LANGS.map((lang) => loadMessages(lang)));

const en = messagesFor('en') as unknown as Tree;
const enLeaves = new Map(leaves(en));

describe.each(LANGS.map((lang) => [lang]))('the %s catalogue', (lang: Lang) => {
  const catalogue = messagesFor(lang) as unknown as Tree;
  const own = leaves(catalogue);

  it('has exactly the keys of the English one, nested objects included', () => {
    expect(own.map(([key]) => key).sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('has the same kind of value (text or function) for every key, and no empty text', () => {
    for (const [key, value] of own) {
      expect(typeof value, key).toBe(typeof enLeaves.get(key));
      if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
    }
  });

  it('returns non-empty text from every function', () => {
    for (const [key, value] of own) {
      if (typeof value !== 'function') continue;
      const fn = value as (...args: unknown[]) => unknown;
      const args = SAMPLE_ARGS[key] ?? Array.from({ length: Math.max(fn.length, 1) }, () => SAMPLE_STRING);
      const out = fn(...args);
      expect(typeof out, key).toBe('string');
      expect((out as string).trim(), key).not.toBe('');
    }
    const t = messagesFor(lang);
    for (const status of ['prohibited', 'no-policy', 'not-supplied', 'no-statement'] as const) {
      expect(t.sentence.only(status)).toMatch(/\S/);
      for (const donor of DONOR_IDS) expect(t.donor.only(donor, status), `${donor} ${status}`).toMatch(/\S/);
    }
    for (const donor of DONOR_IDS) {
      expect(t.donor.names[donor], donor).toMatch(/\S/);
      expect(t.donor.appTitle(donor), donor).not.toMatch(/undefined/);
      expect(t.donor.tableCaption(donor, 'x'), donor).not.toMatch(/undefined/);
    }
    for (const zones of [[], ['A'], ['A', 'B'], ['A', 'B', 'C']])
      expect(typeof t.sentence.zoneList(zones)).toBe('string');
    expect(t.sentence.zoneList(['A'])).toBe('A');
    expect(t.embedFrameTitle(null)).toMatch(/\S/);
  });

  it('is named in its own language and has a usable lang code', () => {
    expect(isLang(lang)).toBe(true);
    expect(messagesFor(lang).langName).toMatch(/\S/);
  });
});

describe('Ukrainian', () => {
  const uk = messagesFor('uk');

  it('formats dates with Ukrainian months, without the " р." suffix', () => {
    expect(formatDate('2024-06-01', 'uk')).toBe('1 червня 2024');
    expect(formatDate('2022-02-24', 'uk')).toBe('24 лютого 2022');
    expect(formatDate('2024-11-17', 'uk', 'short')).toMatch(/^17 лист\S* 2024$/);
    expect(formatDate('2025-10', 'uk')).toMatch(/^жовт\S* 2025$/);
    expect(formatDate('2024-06-01', 'en')).toBe('1 June 2024');
  });

  it('formats event dates with Ukrainian qualifiers', () => {
    expect(formatEventDate({ date: '2024-02-01', datePrecision: 'approximate' }, 'uk', uk)).toMatch(
      /^приблизно 1 лют\S* 2024$/,
    );
    expect(formatEventDate({ date: '2025-05-01', datePrecision: 'season' }, 'uk', uk)).toMatch(
      /^близько 1 трав\S* 2025$/,
    );
  });

  it('joins zone names with "і" after a consonant and "та" after a vowel', () => {
    expect(uk.sentence.zoneList(['Крим', 'Глибина Росії'])).toBe('Крим і Глибина Росії');
    expect(uk.sentence.zoneList(['Крим', 'Росія навпроти Харківщини', 'Глибина Росії'])).toBe(
      'Крим, Росія навпроти Харківщини та Глибина Росії',
    );
    expect(uk.sentence.zoneList(['Прикордонна зона Росії (~100 км)', 'Глибина Росії'])).toBe(
      'Прикордонна зона Росії (~100 км) і Глибина Росії',
    );
  });

  it('puts the status after the weapons so it never has to agree with them', () => {
    expect(uk.sentence.permitted(`${uk.weapons.artillery}, ${uk.weapons.himars}`)).toBe(
      'артилерія, HIMARS / GMLRS — дозволено',
    );
    expect(uk.sentence.limited(uk.weapons['air-defense'], 'лише контрбатарейна боротьба')).toBe(
      'ППО над Росією — обмежено (лише контрбатарейна боротьба)',
    );
    expect(uk.sentence.disputed(uk.weapons['aircraft-munitions'], '')).toBe(
      'F-16 та авіаційні боєприпаси — спірно',
    );
  });

  it('uses the agreed terms for statuses, zones and weapons', () => {
    expect(Object.values(uk.statuses)).toEqual([
      'Дозволено',
      'Обмежено',
      'Заборонено',
      'Спірно',
      'Ще не постачалося',
      'Позиція не заявлена',
      'Публічної заяви немає',
    ]);
    expect(uk.zones.crimea).toBe('Крим');
    expect(uk.weapons['air-defense']).toBe('ППО над Росією');
  });
});

describe('the lang URL parameter', () => {
  it.each(['uk', 'de', 'fr'])('accepts %s', (lang) => {
    const { state, problems } = parseUrlState(`?lang=${lang}`, { today: '2026-01-20' });
    expect(state.lang).toBe(lang);
    expect(problems).toEqual([]);
  });

  it('refuses a language we do not have, with a note', () => {
    const { state, problems } = parseUrlState('?lang=ru', { today: '2026-01-20' });
    expect(state.lang).toBeUndefined();
    expect(problems).toHaveLength(1);
  });
});

describe('the language without ?lang', () => {
  it('is the first browser language we have, by its base language', () => {
    expect(preferredLang(['de-AT', 'en-US'])).toBe('de');
    expect(preferredLang(['ru-RU', 'fr-CA', 'uk'])).toBe('fr');
    expect(preferredLang(['UK-ua'])).toBe('uk');
  });
  it('is English when none of them is ours, or there are none', () => {
    expect(preferredLang(['ru', 'pl'])).toBe('en');
    expect(preferredLang([])).toBe('en');
    expect(preferredLang(undefined)).toBe('en');
  });
});

describe('Intl formatting per language', () => {
  it('writes dates, ranges and numbers the local way', () => {
    expect(formatDate('2024-06-05', 'de')).toBe('5. Juni 2024');
    expect(formatDate('2024-06-05', 'fr')).toBe('5 juin 2024');
    expect(formatDateRange('2024-06-03', '2024-06-05', 'en')).toMatch(/^3\s*[–-]\s*5 Jun 2024$/);
    expect(formatDateRange('2024-06-03', '2024-06-05', 'uk')).not.toMatch(/р\.$/);
    expect(formatNumber(1920, 'de')).toBe('1.920');
    expect(formatNumber(1920, 'en')).toBe('1,920');
  });

  it('picks Ukrainian plural forms one/few/many and words them', () => {
    expect([1, 2, 5, 21, 22, 25].map((n) => pluralCategory(n, 'uk'))).toEqual([
      'one',
      'few',
      'many',
      'one',
      'few',
      'many',
    ]);
    const uk = messagesFor('uk');
    const count = (n: number) => uk.detailEventCount(String(n), pluralCategory(n, 'uk'));
    expect([1, 3, 5, 21].map(count)).toEqual(['1 подія', '3 події', '5 подій', '21 подія']);
    expect(messagesFor('en').detailEventCount('1', pluralCategory(1, 'en'))).toBe('1 event');
    expect(messagesFor('en').detailEventCount('2', pluralCategory(2, 'en'))).toBe('2 events');
  });
});
