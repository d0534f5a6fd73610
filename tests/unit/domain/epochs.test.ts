import { describe, expect, it } from 'vitest';
import { WEAPON_IDS, ZONE_IDS, type WeaponId } from '../../../src/domain/ids';
import { buildEpochs, MissingStatusError } from '../../../src/domain/epochs';
import type { Transition, WeaponClass } from '../../../src/domain/types';

const ALL_ZONES = [...ZONE_IDS];
const ALL_WEAPONS = [...WEAPON_IDS];

function weapons(
  overrides: Partial<Record<WeaponId, Pick<WeaponClass, 'firstDelivered' | 'notSupplied'>>> = {},
) {
  return WEAPON_IDS.map((id) => ({
    id,
    firstDelivered: { date: '2022-02-24', precision: 'assumed' as const, basis: [], note: 'test' },
    ...overrides[id],
  }));
}

const baseline: Transition = {
  from: '2022-02-24',
  zones: ALL_ZONES,
  weapons: ALL_WEAPONS,
  status: 'no-policy',
  basis: ['e0'],
};

describe('buildEpochs', () => {
  it('one epoch when nothing changes', () => {
    const epochs = buildEpochs({
      start: '2022-02-24',
      end: '2022-12-31',
      weapons: weapons(),
      transitions: [baseline],
    });
    expect(epochs).toHaveLength(1);
    expect(epochs[0]).toMatchObject({ from: '2022-02-24', to: '2022-12-31' });
    expect(epochs[0]!.statuses.crimea.himars).toEqual({
      status: 'no-policy',
      basis: ['e0'],
      since: '2022-02-24',
    });
  });

  it('splits at transitions, ends each epoch the day before the next, and keeps `since` across a note change', () => {
    const epochs = buildEpochs({
      start: '2022-02-24',
      end: '2022-12-31',
      weapons: weapons(),
      transitions: [
        baseline,
        {
          from: '2022-06-01',
          zones: ['border-zone'],
          weapons: ['himars'],
          status: 'prohibited',
          note: 'first',
          basis: ['e1'],
        },
        {
          from: '2022-09-01',
          zones: ['border-zone'],
          weapons: ['himars'],
          status: 'prohibited',
          note: 'second',
          basis: ['e2'],
        },
      ],
    });
    expect(epochs.map((e) => [e.from, e.to])).toEqual([
      ['2022-02-24', '2022-05-31'],
      ['2022-06-01', '2022-08-31'],
      ['2022-09-01', '2022-12-31'],
    ]);
    expect(epochs[2]!.statuses['border-zone'].himars).toEqual({
      status: 'prohibited',
      note: 'second',
      basis: ['e2'],
      since: '2022-06-01',
    });
  });

  it('makes no boundary for a transition that changes nothing', () => {
    const epochs = buildEpochs({
      start: '2022-02-24',
      end: '2022-12-31',
      weapons: weapons(),
      transitions: [
        baseline,
        { from: '2022-06-01', zones: ['crimea'], weapons: ['artillery'], status: 'no-policy', basis: ['e0'] },
      ],
    });
    expect(epochs).toHaveLength(1);
  });

  it('shows not-supplied before the first delivery, whatever the transitions say, and splits on delivery', () => {
    const epochs = buildEpochs({
      start: '2022-02-24',
      end: '2023-12-31',
      weapons: weapons({
        atacms: {
          firstDelivered: { date: '2023-10-17', precision: 'by', basis: ['d'], note: 'n' },
          notSupplied: { note: 'Not yet.', basis: ['d'] },
        },
        'long-range-other': { firstDelivered: null, notSupplied: { note: 'Never.', basis: ['t'] } },
      }),
      transitions: [baseline],
    });
    expect(epochs.map((e) => e.from)).toEqual(['2022-02-24', '2023-10-17']);
    expect(epochs[0]!.statuses.ukraine.atacms).toEqual({
      status: 'not-supplied',
      note: 'Not yet.',
      basis: ['d'],
      since: '2022-02-24',
    });
    expect(epochs[1]!.statuses.ukraine.atacms).toEqual({
      status: 'no-policy',
      basis: ['e0'],
      since: '2023-10-17',
    });
    expect(epochs[1]!.statuses.ukraine['long-range-other']).toMatchObject({
      status: 'not-supplied',
      note: 'Never.',
    });
  });

  it('carries readings and regions into the cell', () => {
    const epochs = buildEpochs({
      start: '2022-02-24',
      end: '2022-12-31',
      weapons: weapons(),
      transitions: [
        baseline,
        {
          from: '2022-03-01',
          zones: ['deep-russia'],
          weapons: ['atacms'],
          status: 'disputed',
          regions: ['kursk-oblast'],
          basis: ['e1'],
          readings: [
            { reading: 'a', basis: ['e1'] },
            { reading: 'b', basis: ['e2'] },
          ],
        },
      ],
    });
    expect(epochs[1]!.statuses['deep-russia'].atacms).toEqual({
      status: 'disputed',
      basis: ['e1'],
      since: '2022-03-01',
      readings: [
        { reading: 'a', basis: ['e1'] },
        { reading: 'b', basis: ['e2'] },
      ],
      regions: ['kursk-oblast'],
    });
  });

  it('throws MissingStatusError when a supplied cell has no transition', () => {
    expect(() =>
      buildEpochs({
        start: '2022-02-24',
        end: '2022-12-31',
        weapons: weapons(),
        transitions: [{ ...baseline, zones: ['crimea'] }],
      }),
    ).toThrow(MissingStatusError);
  });
});
