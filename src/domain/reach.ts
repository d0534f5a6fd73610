// Nominal weapon ranges by date, and whether a range reaches a point from the border. The best
// case only: a launcher standing at the border line. We do not measure from the front line (no
// openly licensed front-line data), so nothing here says what was actually within reach.

import { WEAPON_IDS, type WeaponId } from './ids';
import type { ISODate, Source } from './types';

/** One supplied version's nominal range, from `from` until the next entry (data/permissions/weapons.yaml). */
export interface WeaponRange {
  /** First day this version's range applies; null: never supplied (shown for information, never used for reach). */
  from: ISODate | null;
  km: number;
  /** The version, in words, with any span the sources give ("ATACMS M57, about 300 km"). */
  system: string;
  sources: Source[];
}

/** public/data/ranges.json: each class's ranges in date order (an empty list: no figure in our sources). */
export interface RangesDataset {
  ranges: Record<WeaponId, WeaponRange[]>;
}

/** The range in force on `date`, or null before the first supplied entry. `ranges` is in date order. */
export function rangeAt(ranges: readonly WeaponRange[], date: ISODate): WeaponRange | null {
  let found: WeaponRange | null = null;
  for (const range of ranges) {
    if (range.from === null) continue;
    if (range.from <= date) found = range;
    else break;
  }
  return found;
}

/** Every distinct supplied range in km across classes and dates, ascending (one map band each). */
export function distinctRangesKm(ranges: Readonly<Record<WeaponId, readonly WeaponRange[]>>): number[] {
  const all = new Set<number>();
  for (const id of WEAPON_IDS) for (const r of ranges[id] ?? []) if (r.from !== null) all.add(r.km);
  return [...all].sort((a, b) => a - b);
}

/**
 * Whether the nominal range reaches a point `distanceKm` from the border: null when there is no
 * distance (outside Russia), the class is not supplied, or our sources give no range.
 */
export function reachesFromBorder(
  distanceKm: number | null,
  range: WeaponRange | null,
  supplied: boolean,
): boolean | null {
  if (distanceKm === null || !supplied || !range) return null;
  return distanceKm <= range.km;
}
