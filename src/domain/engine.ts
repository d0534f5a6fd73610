// The pure domain engine: date → epoch, summaries, changes and events, over the precomputed
// epochs of public/data/permissions.json or of a donor's file (public/data/donors/<id>.json): it
// iterates the dataset's own class list (dataset.ts), never the US one. No React, no MapLibre, no validation library: the
// dataset is validated at build time (npm run check:data) and trusted here.
//
// Dates are ISO 'YYYY-MM-DD' strings (see dates.ts). A date before the first epoch maps to the
// first epoch; a date after `reviewedThrough` maps to the last one (the last reviewed state is
// carried forward; `isBeyondReview` tells the UI to say so).

import { ZONE_IDS, type ClassId, type ShownStatusId, type ZoneId } from './ids';
import { lastAtOrBefore } from './epochIndex';
import { summarizeZone } from './summary';
import { cellOf, classIdsOf, type Dataset, type DatasetCell, type DatasetEpoch } from './dataset';
import type { ISODate, PolicyEvent } from './types';

type Epoch = DatasetEpoch;
type StatusCell = DatasetCell;
type SummaryLevel = ShownStatusId;
type StatusId = ShownStatusId;
type WeaponId = ClassId;

/**
 * Which changes count, for previousChange / nextChange.
 * - `level: 'status'` (default): a cell's status changed.
 * - `level: 'summary'`: a zone's all-weapons summary level changed (`weapons` is ignored).
 * - `level: 'any'`: anything in a cell changed (status, note, basis, readings), i.e. any epoch boundary.
 * `zones` / `weapons` restrict the cells looked at (default: all).
 */
export interface ChangeFilter {
  zones?: readonly ZoneId[];
  weapons?: readonly WeaponId[];
  level?: 'status' | 'summary' | 'any';
}

export interface PermissionsEngine {
  readonly dataset: Dataset;
  /** The dataset's classes, in its own order. */
  readonly classIds: readonly ClassId[];
  readonly epochs: readonly Epoch[];
  /** All events (US and other donors), sorted by date then id. */
  readonly events: readonly PolicyEvent[];
  readonly reviewedThrough: ISODate;
  /** Index of the epoch containing `date` (binary search). */
  epochIndexAt(date: ISODate): number;
  /** The all-weapons summary level per zone (same object for every date of an epoch). */
  summaryAt(date: ISODate): Record<ZoneId, SummaryLevel>;
  /** What each zone shows for a weapon filter: the summary for 'all', else that weapon's status. */
  levelsAt(date: ISODate, weapon: WeaponId | 'all'): Record<ZoneId, StatusId>;
  /** The latest change strictly before `date`, or null. */
  previousChange(date: ISODate, filter?: ChangeFilter): ISODate | null;
  /** The earliest change strictly after `date`, or null. */
  nextChange(date: ISODate, filter?: ChangeFilter): ISODate | null;
  eventById(id: string): PolicyEvent | undefined;
  /** True for dates after reviewedThrough, where the last reviewed state is carried forward. */
  isBeyondReview(date: ISODate): boolean;
}

interface Cell {
  zone: ZoneId;
  weapon: WeaponId;
}

/** What changed at an epoch's start, against the epoch before. */
interface Boundary {
  /** Cells whose status changed. */
  status: Cell[];
  /** Zones whose summary changed. */
  summary: ZoneId[];
  /** Cells where anything changed. */
  any: Cell[];
}

export function createEngine(dataset: Dataset): PermissionsEngine {
  const epochs = dataset.epochs;
  if (epochs.length === 0) throw new Error('permissions dataset has no epochs');
  const classIds = classIdsOf(dataset);
  const froms = epochs.map((e) => e.from);
  const events = [...dataset.events].sort(byDateThenId);
  const eventIndex = new Map(events.map((e) => [e.id, e]));
  const summaries = epochs.map((epoch) => summarize(epoch.statuses, dataset));
  const boundaries = epochs.map((epoch, i) =>
    i === 0 ? null : boundaryOf(epochs[i - 1]!, epoch, summaries, i, classIds),
  );
  const epochIndexAt = (date: ISODate) => lastAtOrBefore(froms, date);
  const levelsOf = weaponLevels(epochs);

  return {
    dataset,
    classIds,
    epochs,
    events,
    reviewedThrough: dataset.reviewedThrough,
    epochIndexAt,
    summaryAt: (date) => summaries[epochIndexAt(date)]!,
    levelsAt(date, weapon) {
      const i = epochIndexAt(date);
      return weapon === 'all' ? summaries[i]! : levelsOf(i, weapon);
    },
    previousChange(date, filter) {
      for (let i = epochIndexAt(date); i >= 1; i--) {
        if (froms[i]! < date && matches(boundaries[i]!, filter)) return froms[i]!;
      }
      return null;
    },
    nextChange(date, filter) {
      for (let i = epochIndexAt(date) + 1; i < epochs.length; i++) {
        if (froms[i]! > date && matches(boundaries[i]!, filter)) return froms[i]!;
      }
      return null;
    },
    eventById: (id) => eventIndex.get(id),
    isBeyondReview: (date) => date > dataset.reviewedThrough,
  };
}

function byDateThenId(a: PolicyEvent, b: PolicyEvent): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function summarize(statuses: Epoch['statuses'], dataset: Dataset): Record<ZoneId, SummaryLevel> {
  const out = {} as Record<ZoneId, SummaryLevel>;
  for (const zone of ZONE_IDS) out[zone] = summarizeZone(statuses[zone], dataset.weapons);
  return out;
}

function boundaryOf(
  prev: Epoch,
  epoch: Epoch,
  summaries: readonly Record<ZoneId, SummaryLevel>[],
  i: number,
  classIds: readonly ClassId[],
): Boundary {
  const b: Boundary = { status: [], summary: [], any: [] };
  for (const zone of ZONE_IDS) {
    if (summaries[i]![zone] !== summaries[i - 1]![zone]) b.summary.push(zone);
    for (const weapon of classIds) {
      const before = cellOf(prev.statuses[zone], weapon);
      const after = cellOf(epoch.statuses[zone], weapon);
      if (before.status !== after.status) b.status.push({ zone, weapon });
      if (!sameCell(before, after)) b.any.push({ zone, weapon });
    }
  }
  return b;
}

/** One weapon's status per zone, per epoch: built once, so every day of an epoch gets the same object. */
function weaponLevels(epochs: readonly Epoch[]): (i: number, weapon: WeaponId) => Record<ZoneId, StatusId> {
  const cache = new Map<string, Record<ZoneId, StatusId>>();
  return (i, weapon) => {
    const cacheKey = `${i}|${weapon}`;
    let levels = cache.get(cacheKey);
    if (!levels) {
      levels = {} as Record<ZoneId, StatusId>;
      for (const zone of ZONE_IDS) levels[zone] = cellOf(epochs[i]!.statuses[zone], weapon).status;
      cache.set(cacheKey, levels);
    }
    return levels;
  };
}

function matches(b: Boundary, filter: ChangeFilter | undefined): boolean {
  const zones = filter?.zones;
  const weapons = filter?.weapons;
  const inZones = (z: ZoneId) => !zones || zones.includes(z);
  const inCell = (c: Cell) => inZones(c.zone) && (!weapons || weapons.includes(c.weapon));
  switch (filter?.level ?? 'status') {
    case 'summary':
      return b.summary.some(inZones);
    case 'any':
      return b.any.some(inCell);
    default:
      return b.status.some(inCell);
  }
}

function sameCell(a: StatusCell, b: StatusCell): boolean {
  return (
    a.status === b.status &&
    a.note === b.note &&
    JSON.stringify(a.basis) === JSON.stringify(b.basis) &&
    JSON.stringify(a.readings ?? null) === JSON.stringify(b.readings ?? null) &&
    JSON.stringify(a.regions ?? null) === JSON.stringify(b.regions ?? null)
  );
}
