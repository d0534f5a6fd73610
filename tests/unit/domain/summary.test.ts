import { describe, expect, it } from 'vitest';
import { WEAPON_IDS, type StatusId, type WeaponId, type ZoneId } from '../../../src/domain/ids';
import { summarizeZone } from '../../../src/domain/summary';
import { engine } from '../../support/dataset';

const WEAPONS = WEAPON_IDS.map((id) => ({ id, inSummary: id !== 'air-defense' }));

/** Cells from a compact list: artillery, himars, atacms, air-defense, aircraft-munitions, long-range-other. */
function cells(...statuses: StatusId[]): Record<WeaponId, { status: StatusId }> {
  return Object.fromEntries(
    WEAPON_IDS.map((w, i) => [w, { status: statuses[i] ?? 'not-supplied' }]),
  ) as Record<WeaponId, { status: StatusId }>;
}

describe('the all-weapons summary rule', () => {
  it.each<[string, StatusId[], StatusId]>([
    ['nothing supplied', [], 'not-supplied'],
    ['every supplied class permitted', ['permitted', 'permitted'], 'permitted'],
    ['any disputed beats limited', ['limited', 'disputed', 'prohibited'], 'disputed'],
    ['something permitted, not everything', ['permitted', 'prohibited'], 'limited'],
    ['limited and prohibited', ['limited', 'limited', 'prohibited'], 'limited'],
    ['prohibited and no policy', ['prohibited', 'no-policy'], 'prohibited'],
    ['only no policy', ['no-policy', 'no-policy'], 'no-policy'],
    ['not-supplied classes are ignored', ['permitted', 'not-supplied', 'not-supplied'], 'permitted'],
  ])('%s', (_, statuses, expected) => {
    expect(summarizeZone(cells(...statuses), WEAPONS)).toBe(expected);
  });

  it('leaves air defence out while another class is supplied', () => {
    expect(summarizeZone(cells('prohibited', 'prohibited', 'not-supplied', 'permitted'), WEAPONS)).toBe(
      'prohibited',
    );
    expect(summarizeZone(cells('no-policy', 'not-supplied', 'not-supplied', 'disputed'), WEAPONS)).toBe(
      'no-policy',
    );
  });

  it('falls back to air defence when it is the only class supplied', () => {
    expect(summarizeZone(cells('not-supplied', 'not-supplied', 'not-supplied', 'disputed'), WEAPONS)).toBe(
      'disputed',
    );
  });
});

describe('summaries of the real dataset', () => {
  it.each<[string, Partial<Record<ZoneId, StatusId>>]>([
    [
      '2022-03-15',
      {
        crimea: 'no-policy',
        'kharkiv-sector': 'no-policy',
        'border-zone': 'no-policy',
        'deep-russia': 'no-policy',
        ukraine: 'permitted',
      },
    ],
    ['2022-06-15', { crimea: 'no-policy', 'kharkiv-sector': 'prohibited', 'deep-russia': 'prohibited' }],
    [
      '2023-06-01',
      {
        crimea: 'permitted',
        'kharkiv-sector': 'prohibited',
        'border-zone': 'prohibited',
        'deep-russia': 'prohibited',
      },
    ],
    [
      '2024-06-01',
      {
        crimea: 'permitted',
        'kharkiv-sector': 'limited',
        'border-zone': 'disputed',
        'deep-russia': 'prohibited',
        ukraine: 'permitted',
      },
    ],
    ['2024-09-01', { 'kharkiv-sector': 'limited', 'border-zone': 'limited', 'deep-russia': 'prohibited' }],
    ['2024-12-01', { 'kharkiv-sector': 'disputed', 'border-zone': 'limited', 'deep-russia': 'disputed' }],
    ['2025-06-01', { 'kharkiv-sector': 'limited', 'border-zone': 'limited', 'deep-russia': 'limited' }],
    [
      '2025-11-01',
      {
        crimea: 'permitted',
        // ATACMS disputed here too since data version 2026-12-01 (the Kharkiv-sector correction).
        'kharkiv-sector': 'disputed',
        'border-zone': 'disputed',
        'deep-russia': 'disputed',
      },
    ],
  ])('on %s', (date, expected) => {
    expect(engine.summaryAt(date)).toMatchObject(expected);
  });
});
