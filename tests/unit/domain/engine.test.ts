import { describe, expect, it } from 'vitest';
import { TIMELINE_START, WEAPON_IDS, ZONE_IDS, type WeaponId, type ZoneId } from '../../../src/domain/ids';
import { addDays } from '../../../src/domain/dates';
import { createEngine } from '../../../src/domain/engine';
import { buildEpochs } from '../../../src/domain/epochs';
import type { PermissionsDataset, PolicyEvent, Transition } from '../../../src/domain/types';
import { engine, realDataset, statusesOn } from '../../support/dataset';

describe('epoch lookup', () => {
  it('finds the epoch containing every first and last day', () => {
    engine.epochs.forEach((epoch, i) => {
      expect(engine.epochIndexAt(epoch.from)).toBe(i);
      expect(engine.epochIndexAt(epoch.to)).toBe(i);
    });
  });

  it('maps dates before the start to the first epoch, after reviewedThrough to the last', () => {
    const last = engine.epochs.length - 1;
    expect(engine.epochIndexAt('2014-02-27')).toBe(0);
    expect(engine.epochIndexAt(TIMELINE_START)).toBe(0);
    expect(engine.epochIndexAt(engine.reviewedThrough)).toBe(last);
    expect(engine.epochIndexAt('2026-11-22')).toBe(last);
    expect(statusesOn(engine, '2030-01-01')).toBe(engine.epochs[last]!.statuses);
    expect(engine.isBeyondReview(engine.reviewedThrough)).toBe(false);
    expect(engine.isBeyondReview('2026-11-22')).toBe(true);
  });

  it('returns the same summary object for every day of an epoch', () => {
    const epoch = engine.epochs[engine.epochIndexAt('2024-06-01')]!;
    expect(engine.summaryAt(epoch.from)).toBe(engine.summaryAt(epoch.to));
    expect(engine.levelsAt(epoch.from, 'all')).toBe(engine.summaryAt(epoch.to));
    expect(engine.levelsAt('2024-06-01', 'himars')).toEqual({
      crimea: 'permitted',
      'kharkiv-sector': 'limited',
      'border-zone': 'disputed',
      'deep-russia': 'prohibited',
      ukraine: 'permitted',
    });
    expect(engine.levelsAt(epoch.from, 'himars')).toBe(engine.levelsAt(epoch.to, 'himars'));
  });
});

describe('previous and next change', () => {
  // Every date on which some cell's status changes, in order (notes and sources may change more often).
  const STATUS_CHANGES = [
    '2022-05-31',
    '2022-06-01',
    '2022-07-17',
    '2023-05-13',
    '2023-10-17',
    '2024-02-01',
    '2024-05-30',
    '2024-05-31',
    '2024-08-08',
    '2024-11-17',
    '2024-11-18',
    '2025-05-01',
    '2025-10-22',
  ];

  it('steps forward through every status change, then stops', () => {
    const seen: string[] = [];
    for (let d: string | null = engine.nextChange(TIMELINE_START); d; d = engine.nextChange(d)) seen.push(d);
    expect(seen).toEqual(STATUS_CHANGES);
  });

  it('steps backward from after reviewedThrough to the first change', () => {
    const seen: string[] = [];
    for (let d: string | null = engine.previousChange('2026-11-22'); d; d = engine.previousChange(d))
      seen.push(d);
    expect(seen).toEqual([...STATUS_CHANGES].reverse());
  });

  it('is strict: from a change date it moves to the neighbouring change', () => {
    expect(engine.previousChange('2024-05-30')).toBe('2024-02-01');
    expect(engine.nextChange('2024-05-30')).toBe('2024-05-31');
    expect(engine.previousChange('2024-05-29')).toBe('2024-02-01');
    expect(engine.previousChange(TIMELINE_START)).toBeNull();
    expect(engine.nextChange('2025-10-22')).toBeNull();
    expect(engine.nextChange('2020-01-01')).toBe('2022-05-31');
  });

  it('can look at one weapon or zone, at the summary, or at any change', () => {
    expect(engine.nextChange('2024-06-01', { weapons: ['atacms'] })).toBe('2024-11-17');
    expect(engine.nextChange('2024-06-01', { zones: ['crimea'] })).toBeNull();
    expect(engine.nextChange('2024-11-17', { zones: ['deep-russia'], weapons: ['atacms'] })).toBe(
      '2024-11-18',
    );
    expect(engine.nextChange('2022-06-01', { level: 'summary' })).toBe('2022-07-17');
    expect(engine.nextChange('2024-05-31', { level: 'summary' })).toBe('2024-08-08');
    expect(engine.nextChange('2024-06-13', { level: 'any' })).toBe('2024-06-17');
    expect(engine.previousChange('2024-06-17', { level: 'any', zones: ['border-zone'] })).toBe('2024-06-13');
  });
});

describe('status changes at epoch boundaries', () => {
  const cell = (date: string, zone: ZoneId, weapon: WeaponId) => statusesOn(engine, date)[zone][weapon];

  it('a change date is where a cell’s status differs from the day before', () => {
    expect(engine.nextChange('2024-05-29')).toBe('2024-05-30');
    expect(cell('2024-05-29', 'kharkiv-sector', 'himars').status).toBe('prohibited');
    expect(cell('2024-05-30', 'kharkiv-sector', 'himars')).toMatchObject({
      status: 'limited',
      basis: ['2024-05-30-kharkiv-counter-fire'],
    });
    expect(cell('2024-05-30', 'border-zone', 'artillery').status).toBe('prohibited');
    expect(cell('2024-05-31', 'border-zone', 'artillery').status).toBe('disputed');
  });

  it('follows one cell through its changes with a zone and weapon filter', () => {
    const filter = { zones: ['deep-russia'] as const, weapons: ['atacms'] as const };
    const seen: [string, string][] = [];
    for (
      let d: string | null = engine.nextChange(TIMELINE_START, filter);
      d;
      d = engine.nextChange(d, filter)
    )
      seen.push([d, cell(d, 'deep-russia', 'atacms').status]);
    expect(seen).toEqual([
      ['2023-10-17', 'prohibited'],
      ['2024-11-18', 'disputed'],
      ['2025-05-01', 'limited'],
      ['2025-10-22', 'disputed'],
    ]);
    expect(cell('2023-10-16', 'deep-russia', 'atacms').status).toBe('not-supplied');
  });

  it('agrees with the epochs: no status differs between two change dates', () => {
    const statuses = (d: string) => ZONE_IDS.flatMap((z) => WEAPON_IDS.map((w) => cell(d, z, w).status));
    for (let d: string | null = engine.nextChange(TIMELINE_START); d; d = engine.nextChange(d)) {
      const next = engine.nextChange(d);
      const lastDay = next ? addDays(next, -1) : engine.reviewedThrough;
      expect(statuses(lastDay)).toEqual(statuses(d));
      if (next) expect(statuses(next)).not.toEqual(statuses(d));
    }
  });
});

describe('events', () => {
  it('finds events by id, other donors’ too', () => {
    expect(engine.eventById('2024-05-30-kharkiv-counter-fire')?.title).toMatch(/Kharkiv/);
    expect(engine.eventById('no-such-event')).toBeUndefined();
    expect(engine.eventById('2024-05-31-netherlands-f16-theirs-to-use')?.donor).not.toBe('US');
  });

  it('keeps all events (other donors too) in `events`, sorted', () => {
    const dates = engine.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(engine.events.some((e) => e.donor !== 'US')).toBe(true);
  });
});

describe('createEngine on a small synthetic dataset', () => {
  const event = (id: string, date: string): PolicyEvent => ({
    id,
    kind: 'policy',
    date,
    datePrecision: 'day',
    title: id,
    summary: id,
    zones: [],
    regions: [],
    weapons: [],
    change: id,
    claimStatus: 'official-on-record',
    confidence: 'high',
    donor: 'US',
    sources: [{ outlet: 'x', url: 'https://example.com', published: null, stateAffiliated: false }],
  });
  const base = realDataset();
  const transitions: Transition[] = [
    {
      from: '2022-02-24',
      zones: [...ZONE_IDS],
      weapons: [...WEAPON_IDS],
      status: 'prohibited',
      basis: ['a'],
    },
    { from: '2023-01-01', zones: ['crimea'], weapons: ['artillery'], status: 'permitted', basis: ['b'] },
    {
      from: '2023-06-01',
      zones: ['crimea'],
      weapons: ['artillery'],
      status: 'permitted',
      note: 'reaffirmed',
      basis: ['c'],
    },
  ];
  const weapons = base.weapons.map((w) => ({
    ...w,
    firstDelivered: { date: '2022-02-24', precision: 'assumed' as const, basis: [], note: '' },
  }));
  const dataset: PermissionsDataset = {
    ...base,
    reviewedThrough: '2023-12-31',
    weapons,
    epochs: buildEpochs({ start: '2022-02-24', end: '2023-12-31', weapons, transitions }),
    events: [event('c', '2023-06-01'), event('a', '2022-02-24'), event('b', '2023-01-01')],
  };
  const small = createEngine(dataset);

  it('distinguishes status changes from note-only changes', () => {
    expect(small.epochs.map((e) => e.from)).toEqual(['2022-02-24', '2023-01-01', '2023-06-01']);
    expect(small.nextChange('2023-01-01')).toBeNull();
    expect(small.nextChange('2023-01-01', { level: 'any' })).toBe('2023-06-01');
    expect(statusesOn(small, '2023-07-01').crimea.artillery).toMatchObject({
      status: 'permitted',
      note: 'reaffirmed',
      since: '2023-01-01',
    });
    expect(small.summaryAt('2023-02-01').crimea).toBe('limited');
    expect(small.summaryAt('2022-03-01').crimea).toBe('prohibited');
    expect(small.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses a dataset without epochs', () => {
    expect(() => createEngine({ ...dataset, epochs: [] })).toThrow(/no epochs/);
  });
});
