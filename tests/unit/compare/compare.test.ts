import { describe, expect, it } from 'vitest';
import {
  cellBasis,
  compareChangeDates,
  groupClasses,
  groupLevels,
  type CompareDataset,
} from '../../../src/domain/compare';
import { compareSummary } from '../../../src/domain/compareSummary';
import type { DonorStatusId } from '../../../src/domain/donors';
import { lastAtOrBefore } from '../../../src/domain/epochIndex';
import type { ZoneId } from '../../../src/domain/ids';
import { summarizeStatuses } from '../../../src/domain/summary';
import { engine } from '../../support/dataset';
import { donorDataset } from '../../support/donors';

describe('the summary rule with no-statement (summary.ts)', () => {
  it.each<[string, DonorStatusId[], DonorStatusId]>([
    ['all no-statement', ['no-statement', 'no-statement'], 'no-statement'],
    ['one no-statement only', ['no-statement'], 'no-statement'],
    ['permitted beside no-statement: something allowed, not all', ['permitted', 'no-statement'], 'limited'],
    ['prohibited beside no-statement', ['prohibited', 'no-statement'], 'prohibited'],
    ['disputed beside no-statement', ['disputed', 'no-statement'], 'disputed'],
    ['no-policy beside no-statement', ['no-policy', 'no-statement'], 'no-statement'],
    ['nothing supplied', [], 'not-supplied'],
    ['all permitted', ['permitted', 'permitted'], 'permitted'],
  ])('%s', (_, statuses, expected) => {
    expect(summarizeStatuses(statuses)).toBe(expected);
  });
});

describe('the epoch lookup shared with the engine', () => {
  it('finds the last epoch starting on or before a date', () => {
    const froms = ['2022-02-24', '2022-06-01', '2024-05-30'];
    expect(lastAtOrBefore(froms, '2020-01-01')).toBe(0);
    expect(lastAtOrBefore(froms, '2022-06-01')).toBe(1);
    expect(lastAtOrBefore(froms, '2024-05-29')).toBe(1);
    expect(lastAtOrBefore(froms, '2030-01-01')).toBe(2);
  });
});

const levels = (id: Parameters<typeof donorDataset>[0], date: string, group = 'all' as const) =>
  groupLevels(donorDataset(id), date, group);

describe('group levels of the real donor files', () => {
  it('the US "all" group is exactly the engine summary on every epoch start', () => {
    const us = donorDataset('us');
    for (const epoch of us.epochs)
      expect(groupLevels(us, epoch.from, 'all')).toEqual(engine.summaryAt(epoch.from));
  });

  it('maps the US classes into the groups', () => {
    const us = donorDataset('us');
    expect(groupClasses(us, 'ground').map((c) => c.id)).toEqual(['artillery', 'himars']);
    expect(groupClasses(us, 'cruise-missile').map((c) => c.id)).toEqual(['atacms', 'long-range-other']);
    expect(groupClasses(us, 'aircraft').map((c) => c.id)).toEqual(['aircraft-munitions']);
    expect(groupClasses(donorDataset('de'), 'cruise-missile').map((c) => c.id)).toEqual(['cruise-missile']);
  });

  it('leaves air defence out of "all" for every donor, and counts it in its own group', () => {
    const de = groupClasses(donorDataset('de'), 'all');
    expect(de.find((c) => c.id === 'air-defense')?.inSummary).toBe(false);
    expect(groupClasses(donorDataset('de'), 'air-defense')).toEqual([{ id: 'air-defense', inSummary: true }]);
  });

  it.each<[string, string, Partial<Record<ZoneId, DonorStatusId>>]>([
    // Germany on 10 June 2024: only the area next to Kharkiv (31 May 2024); Crimea not stated.
    [
      'de',
      '2024-06-10',
      { crimea: 'no-statement', 'kharkiv-sector': 'limited', 'border-zone': 'prohibited' },
    ],
    ['gb', '2024-06-10', { crimea: 'permitted', 'kharkiv-sector': 'disputed', 'deep-russia': 'disputed' }],
    [
      'us',
      '2024-06-10',
      { 'kharkiv-sector': 'limited', 'border-zone': 'disputed', 'deep-russia': 'prohibited' },
    ],
    ['lt', '2024-06-10', { 'kharkiv-sector': 'no-statement', crimea: 'no-statement' }],
  ])('%s on %s', (id, date, expected) => {
    expect(levels(id as 'de', date)).toMatchObject(expected);
  });

  it('a group the donor has no class for shows not-supplied', () => {
    expect(Object.values(groupLevels(donorDataset('se'), '2024-06-10', 'cruise-missile'))).toEqual(
      Array(5).fill('not-supplied'),
    );
  });

  it('gives the cells behind a table cell with their events and sources', () => {
    const cells = cellBasis(donorDataset('de'), '2024-06-10', 'all', 'kharkiv-sector');
    const ground = cells.find((c) => c.classId === 'ground')!;
    expect(ground.cell.status).toBe('limited');
    expect(ground.events.map((e) => e.id)).toContain('2024-05-31-germany-adjacent-positions');
    expect(ground.events.every((e) => e.sources.length > 0)).toBe(true);
    expect(cells.at(-1)!.cell.status).toBe('not-supplied');
  });

  it('lists the days on which any compared donor changes', () => {
    const days = compareChangeDates([donorDataset('de'), donorDataset('nl')], 'all');
    expect(days).toContain('2024-05-31');
    expect(days).toEqual([...days].sort());
  });
});

describe('the one-line summary', () => {
  const s = (id: Parameters<typeof donorDataset>[0], date: string) => compareSummary(levels(id, date));
  it.each<[string, string, string]>([
    ['de', '2024-06-10', 'kharkivOnly'],
    ['de', '2023-06-01', 'insideUkraine'],
    ['it', '2024-06-10', 'insideUkraine'],
    ['nl', '2024-06-10', 'anywhere'],
    ['lt', '2024-06-10', 'noStatement'],
    ['gb', '2024-06-10', 'disputedRussia'],
    ['us', '2024-06-10', 'partsOfRussia'],
  ])('%s on %s: %s', (id, date, expected) => {
    expect(s(id as 'de', date)).toBe(expected);
  });

  it.each<[string, Record<ZoneId, DonorStatusId>, string]>([
    ['nothing supplied', all('not-supplied'), 'notSupplied'],
    [
      'Russia unstated, Crimea permitted',
      { ...all('no-statement'), crimea: 'permitted' },
      'noStatementRussia',
    ],
    [
      'prohibited beside unstated is not "inside Ukraine only"',
      { ...all('prohibited'), 'deep-russia': 'no-statement' },
      'partlyNoStatement',
    ],
    [
      'Kharkiv allowed, the rest unstated',
      { ...all('no-statement'), 'kharkiv-sector': 'limited' },
      'partsOfRussia',
    ],
  ])('%s', (_, zoneLevels, expected) => {
    expect(compareSummary(zoneLevels)).toBe(expected);
  });
});

function all(status: DonorStatusId): Record<ZoneId, DonorStatusId> {
  return {
    crimea: status,
    'kharkiv-sector': status,
    'border-zone': status,
    'deep-russia': status,
    ukraine: status,
  };
}

// Keeps the structural type honest: both kinds of file are CompareDatasets.
export const _typeCheck: CompareDataset[] = [donorDataset('us'), donorDataset('gb')];
