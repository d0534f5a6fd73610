// The all-weapons summary: one level per zone for the "All US weapons" view of the map, and the
// same for any other donor's dataset (its own classes, see dataset.ts) and for a group of classes in
// the donor comparison (compare.ts). One rule for all donors.
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
//   7. Otherwise, any no-statement           → no-statement
//   8. Otherwise                             → no-policy
//
// `no-statement` (donors only: no public statement by the donor for that period) is never read as
// a permission or a ban. A zone whose considered classes are all no-statement shows no-statement
// (rule 7); beside a stated class it stops "all permitted" (rule 3: we do not know that the rest
// was allowed), so a permitted class beside an unstated one gives `limited`; beside a ban it gives
// `prohibited` (rule 6); with no-policy it shows no-statement (the donor said nothing there). The
// US data has no no-statement cell, so its summary is unchanged by rule 7.
//
// Why air defence does not count (`inSummary: false`): it engages aircraft and missiles that
// threaten Ukraine rather than striking targets on the ground, and the US is on record that it
// could do so over Russia from 2023 at the latest. Counting it would colour every Russian zone
// "limited" from May 2023 on and hide every change in strike permissions that the map is about.
// Its own status is always shown in the zone detail and when "Air defence" is selected.

import type { ClassId, ShownStatusId } from './ids';

export interface SummaryWeapon<Id extends string = ClassId> {
  id: Id;
  inSummary: boolean;
}

/** The weapon classes the all-weapons summary counts (the map's colours and the summary sentence). */
export function summaryWeaponIds<Id extends string>(weapons: readonly SummaryWeapon<Id>[]): Id[] {
  return weapons.filter((w) => w.inSummary).map((w) => w.id);
}

type SummaryCells<Id extends string> = Readonly<Partial<Record<Id, { status: ShownStatusId }>>>;

/**
 * Rule 1: the classes a zone's summary looks at on one day (the colour and the sentence alike), in
 * the dataset's own order. A class without a cell counts as not supplied.
 */
export function consideredWeapons<Id extends string>(
  cells: SummaryCells<Id>,
  weapons: readonly SummaryWeapon<Id>[],
): Id[] {
  const counted = new Set(summaryWeaponIds(weapons));
  const statusOf = (w: Id) => (cells[w] as { status: ShownStatusId } | undefined)?.status;
  const supplied = weapons
    .map((w) => w.id)
    .filter((w) => statusOf(w) !== undefined && statusOf(w) !== 'not-supplied');
  return supplied.some((w) => counted.has(w)) ? supplied.filter((w) => counted.has(w)) : supplied;
}

/** The summary level of one zone, from its cells on one day (any donor, any group of classes). */
export function summarizeZone<Id extends string>(
  cells: SummaryCells<Id>,
  weapons: readonly SummaryWeapon<Id>[],
): ShownStatusId {
  return summarizeStatuses(
    consideredWeapons(cells, weapons).map((w) => (cells[w] as { status: ShownStatusId }).status),
  );
}

/** Rules 2–8 over the statuses of the considered classes. */
export function summarizeStatuses(statuses: readonly ShownStatusId[]): ShownStatusId {
  if (statuses.length === 0) return 'not-supplied';
  if (statuses.every((s) => s === 'permitted')) return 'permitted';
  if (statuses.includes('disputed')) return 'disputed';
  if (statuses.includes('permitted') || statuses.includes('limited')) return 'limited';
  if (statuses.includes('prohibited')) return 'prohibited';
  if (statuses.includes('no-statement')) return 'no-statement';
  return 'no-policy';
}
