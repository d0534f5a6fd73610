// Builds the epochs (runs of days over which no zone × weapon cell changes) from the dated
// transitions and the weapons' first deliveries. Used by scripts/data (validation and export);
// the app reads the precomputed epochs from public/data/permissions.json.
//
// A cell on day d is:
//   - `not-supplied` (with the weapon's notSupplied note and basis) if the weapon has no first
//     delivery, or its first delivery is after d; otherwise
//   - whatever the latest transition for that zone and weapon with `from` ≤ d says.
// Epoch boundaries are the days on which any cell (status, condition, note, basis, readings,
// regions) differs from the day before. `since` is the first day of the current run of the cell's
// status (a changed condition, note or basis does not reset it).

import { WEAPON_IDS, ZONE_IDS, type WeaponId, type ZoneId } from './ids';
import { addDays } from './dates';
import type { Epoch, ISODate, StatusCell, Transition, WeaponClass, ZoneStatuses } from './types';

export interface EpochInput {
  start: ISODate;
  end: ISODate;
  weapons: readonly Pick<WeaponClass, 'id' | 'firstDelivered' | 'notSupplied'>[];
  transitions: readonly Transition[];
  /**
   * The weapon classes to build cells for (default: the six US classes). The donor datasets pass
   * their own class ids (src/domain/donors.ts); the engine treats the ids as opaque keys.
   */
  weaponIds?: readonly string[];
}

/** Thrown when some zone × weapon has no transition on a day it needs one (validation reports it first). */
export class MissingStatusError extends Error {
  constructor(
    readonly zone: ZoneId,
    readonly weapon: WeaponId,
    readonly date: ISODate,
  ) {
    super(`no transition gives a status for ${zone} × ${weapon} on ${date}`);
  }
}

type CellBody = Omit<StatusCell, 'since'>;

function key(zone: ZoneId, weapon: WeaponId): string {
  return `${zone}|${weapon}`;
}

/** A cell with its fields in a fixed order, optional fields only when present (stable JSON). */
function makeCell(
  t: Pick<Transition, 'status' | 'condition' | 'note' | 'basis' | 'readings' | 'regions'>,
): CellBody {
  return {
    status: t.status,
    ...(t.condition ? { condition: t.condition } : {}),
    ...(t.note ? { note: t.note } : {}),
    basis: [...t.basis],
    ...(t.readings && t.readings.length > 0
      ? { readings: t.readings.map((r) => ({ reading: r.reading, basis: [...r.basis] })) }
      : {}),
    ...(t.regions && t.regions.length > 0 ? { regions: [...t.regions] } : {}),
  };
}

function sameBody(a: CellBody, b: CellBody): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Each zone × weapon cell's transitions, in date order. */
function transitionsByCell(transitions: readonly Transition[]): Map<string, Transition[]> {
  const byCell = new Map<string, Transition[]>();
  for (const t of transitions) {
    for (const zone of t.zones) {
      for (const weapon of t.weapons) {
        const list = byCell.get(key(zone, weapon)) ?? [];
        list.push(t);
        byCell.set(key(zone, weapon), list);
      }
    }
  }
  for (const list of byCell.values()) list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return byCell;
}

/** The days a cell can change on: the start, each transition and each first delivery in range. */
function boundaryDays(input: EpochInput): ISODate[] {
  const { start, end } = input;
  const boundaries = new Set<ISODate>([start]);
  for (const t of input.transitions) if (t.from > start && t.from <= end) boundaries.add(t.from);
  for (const w of input.weapons) {
    const d = w.firstDelivered?.date;
    if (d && d > start && d <= end) boundaries.add(d);
  }
  return [...boundaries].sort();
}

/** A cell as the epoch stores it: the body plus the day its status last changed. */
function statusCell(body: CellBody, since: ISODate): StatusCell {
  const { status, condition, note, basis, readings, regions } = body;
  return {
    status,
    ...(condition ? { condition } : {}),
    ...(note ? { note } : {}),
    basis,
    since,
    ...(readings ? { readings } : {}),
    ...(regions ? { regions } : {}),
  };
}

export function buildEpochs(input: EpochInput): Epoch[] {
  const { end } = input;
  const byCell = transitionsByCell(input.transitions);
  const weaponById = new Map(input.weapons.map((w) => [w.id, w]));

  const cellOn = (zone: ZoneId, weapon: WeaponId, day: ISODate): CellBody => {
    const w = weaponById.get(weapon);
    const delivered = w?.firstDelivered;
    if (!delivered || delivered.date > day) {
      const basis = w?.notSupplied?.basis ?? delivered?.basis ?? [];
      const note = w?.notSupplied?.note;
      return makeCell({ status: 'not-supplied', note, basis });
    }
    const list = byCell.get(key(zone, weapon)) ?? [];
    let current: Transition | undefined;
    for (const t of list) {
      if (t.from <= day) current = t;
      else break;
    }
    if (!current) throw new MissingStatusError(zone, weapon, day);
    return makeCell(current);
  };

  const weaponIds = (input.weaponIds ?? WEAPON_IDS) as readonly WeaponId[];
  const epochs: Epoch[] = [];
  let previous: Record<string, CellBody> | null = null;
  let previousSince: Record<string, ISODate> = {};
  for (const day of boundaryDays(input)) {
    const bodies: Record<string, CellBody> = {};
    let changed = previous === null;
    for (const zone of ZONE_IDS) {
      for (const weapon of weaponIds) {
        const body = cellOn(zone, weapon, day);
        bodies[key(zone, weapon)] = body;
        if (previous && !sameBody(previous[key(zone, weapon)]!, body)) changed = true;
      }
    }
    if (!changed) continue;
    const since: Record<string, ISODate> = {};
    const statuses = {} as ZoneStatuses;
    for (const zone of ZONE_IDS) {
      statuses[zone] = {} as Record<WeaponId, StatusCell>;
      for (const weapon of weaponIds) {
        const k = key(zone, weapon);
        const sameStatus = previous !== null && previous[k]!.status === bodies[k]!.status;
        since[k] = sameStatus ? previousSince[k]! : day;
        statuses[zone][weapon] = statusCell(bodies[k]!, since[k]!);
      }
    }
    if (epochs.length > 0) epochs[epochs.length - 1]!.to = addDays(day, -1);
    epochs.push({ from: day, to: end, statuses });
    previous = bodies;
    previousSince = since;
  }
  return epochs;
}
