// The all-weapons summary: one level per zone for the "All US weapons" view of the map, and the
// same rule for any donor's classes (the donor comparison, compare.ts).
//
// THE RULE (also in docs/data.md and docs/donors.md). Summary levels use the same ids as statuses.
//
//   1. Look only at the weapon classes that count in the summary (`inSummary: true` in
//      data/permissions/weapons.yaml) AND are supplied on that date (status ≠ not-supplied).
//      If no counted class is supplied, fall back to every supplied class.
//   2. None supplied                         → not-supplied
//   3. All of them no-statement              → no-statement  (donors only: no guess is made)
//   4. All of them permitted                 → permitted
//   5. Otherwise, any disputed               → disputed
//   6. Otherwise, any permitted or limited   → limited   (something is allowed, not everything)
//   7. Otherwise, any prohibited             → prohibited
//   8. Otherwise, any no-policy              → no-policy
//   9. Otherwise                             → no-statement
//
// `no-statement` (a donor said nothing public for that period) is never read as a rule: a class
// without a statement keeps "all permitted" from holding (rule 4), so permitted + no-statement is
// `limited` ("something is allowed"), but it never makes a zone `prohibited` on its own. The US
// data has no `no-statement` cells, so rules 3 and 9 never apply to it.
//
// Why air defence does not count (`inSummary: false`): it engages aircraft and missiles that
// threaten Ukraine rather than striking targets on the ground, and the US is on record that it
// could do so over Russia from 2023 at the latest. Counting it would colour every Russian zone
// "limited" from May 2023 on and hide every change in strike permissions that the map is about.
// Its own status is always shown in the zone detail and when "Air defence" is selected.

import type { DonorStatusId } from './donors';
import type { StatusId, WeaponId } from './ids';
import type { SummaryLevel } from './types';

export interface SummaryWeapon<Id extends string = WeaponId> {
  id: Id;
  inSummary: boolean;
}

/** The weapon classes the all-weapons summary counts (the map's colours and the summary sentence). */
export function summaryWeaponIds<Id extends string>(weapons: readonly SummaryWeapon<Id>[]): Id[] {
  return weapons.filter((w) => w.inSummary).map((w) => w.id);
}

/** A zone's cells on one day, by class id; a class the dataset does not have may be absent. */
type ZoneCells<Id extends string> = Readonly<Partial<Record<Id, { status: DonorStatusId }>>>;

/** Rule 1: the weapon classes a zone's summary looks at on one day (the colour and the sentence alike). */
export function consideredWeapons<Id extends string>(
  cells: ZoneCells<Id>,
  weapons: readonly SummaryWeapon<Id>[],
): Id[] {
  const supplied = weapons.filter((w) => {
    const cell = cells[w.id] as { status: DonorStatusId } | undefined;
    return cell !== undefined && cell.status !== 'not-supplied';
  });
  const counted = supplied.filter((w) => w.inSummary);
  return (counted.length > 0 ? counted : supplied).map((w) => w.id);
}

/** Rules 2–9 over the statuses of the considered classes. */
export function summarizeStatuses(statuses: readonly StatusId[]): SummaryLevel;
export function summarizeStatuses(statuses: readonly DonorStatusId[]): DonorStatusId;
export function summarizeStatuses(statuses: readonly DonorStatusId[]): DonorStatusId {
  if (statuses.length === 0) return 'not-supplied';
  if (statuses.every((s) => s === 'no-statement')) return 'no-statement';
  if (statuses.every((s) => s === 'permitted')) return 'permitted';
  if (statuses.includes('disputed')) return 'disputed';
  if (statuses.includes('permitted') || statuses.includes('limited')) return 'limited';
  if (statuses.includes('prohibited')) return 'prohibited';
  if (statuses.includes('no-policy')) return 'no-policy';
  return 'no-statement';
}

/** The summary level of one zone of the US dataset, from its cells on one day. */
export function summarizeZone(
  cells: Readonly<Record<WeaponId, { status: StatusId }>>,
  weapons: readonly SummaryWeapon[],
): SummaryLevel {
  return summarizeStatuses(consideredWeapons(cells, weapons).map((w) => cells[w].status));
}

/** The same rule for any dataset's classes (a donor's, or a group of classes for the comparison). */
export function summarizeCells<Id extends string>(
  cells: ZoneCells<Id>,
  weapons: readonly SummaryWeapon<Id>[],
): DonorStatusId {
  const statuses = consideredWeapons(cells, weapons).map(
    (w) => (cells[w] as { status: DonorStatusId }).status,
  );
  return summarizeStatuses(statuses);
}
