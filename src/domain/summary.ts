// The all-weapons summary: one level per zone for the "All US weapons" view of the map.
//
// THE RULE (also in docs/data.md). Summary levels use the same ids as statuses.
//
//   1. Look only at the weapon classes that count in the summary (`inSummary: true` in
//      data/permissions/weapons.yaml) AND are supplied on that date (status ≠ not-supplied).
//      If no counted class is supplied, fall back to every supplied class.
//   2. None supplied                         → not-supplied
//   3. All of them permitted                 → permitted
//   4. Otherwise, any disputed               → disputed
//   5. Otherwise, any permitted or limited   → limited   (something is allowed, not everything)
//   6. Otherwise, any prohibited             → prohibited
//   7. Otherwise                             → no-policy
//
// Why air defence does not count (`inSummary: false`): it engages aircraft and missiles that
// threaten Ukraine rather than striking targets on the ground, and the US is on record that it
// could do so over Russia from 2023 at the latest. Counting it would colour every Russian zone
// "limited" from May 2023 on and hide every change in strike permissions that the map is about.
// Its own status is always shown in the zone detail and when "Air defence" is selected.

import { WEAPON_IDS, type WeaponId } from './ids';
import type { StatusCell, SummaryLevel } from './types';

export interface SummaryWeapon {
  id: WeaponId;
  inSummary: boolean;
}

/** The weapon classes the all-weapons summary counts (the map's colours and the summary sentence). */
export function summaryWeaponIds(weapons: readonly SummaryWeapon[]): WeaponId[] {
  return weapons.filter((w) => w.inSummary).map((w) => w.id);
}

type ZoneCells = Readonly<Record<WeaponId, Pick<StatusCell, 'status'>>>;

/** Rule 1: the weapon classes a zone's summary looks at on one day (the colour and the sentence alike). */
export function consideredWeapons(cells: ZoneCells, weapons: readonly SummaryWeapon[]): WeaponId[] {
  const counted = new Set(summaryWeaponIds(weapons));
  const supplied = WEAPON_IDS.filter((w) => cells[w].status !== 'not-supplied');
  return supplied.some((w) => counted.has(w)) ? supplied.filter((w) => counted.has(w)) : supplied;
}

/** The summary level of one zone, from its cells on one day. */
export function summarizeZone(cells: ZoneCells, weapons: readonly SummaryWeapon[]): SummaryLevel {
  const statuses = consideredWeapons(cells, weapons).map((w) => cells[w].status);
  if (statuses.length === 0) return 'not-supplied';
  if (statuses.every((s) => s === 'permitted')) return 'permitted';
  if (statuses.includes('disputed')) return 'disputed';
  if (statuses.includes('permitted') || statuses.includes('limited')) return 'limited';
  if (statuses.includes('prohibited')) return 'prohibited';
  return 'no-policy';
}
