// The pure domain engine: date → statuses, summaries, changes and events, over the precomputed
// epochs of public/data/permissions.json. No React, no MapLibre, no validation library: the
// dataset is validated at build time (npm run check:data) and trusted here.
//
// Dates are ISO 'YYYY-MM-DD' strings (see dates.ts). A date before the first epoch maps to the
// first epoch; a date after `reviewedThrough` maps to the last one (the last reviewed state is
// carried forward; `isBeyondReview` tells the UI to say so).

import { WEAPON_IDS, ZONE_IDS, type StatusId, type WeaponId, type ZoneId } from './ids';
import { summarizeZone } from './summary';
import type {
  Epoch,
  ISODate,
  PermissionsDataset,
  PolicyEvent,
  StatusCell,
  SummaryLevel,
  ZoneStatuses,
} from './types';

/** A zone × weapon whose status differs from the day before. */
export interface StatusChange {
  date: ISODate;
  zone: ZoneId;
  weapon: WeaponId;
  from: StatusId;
  to: StatusId;
  /** The new cell's basis events. */
  basis: string[];
}

/**
 * Which changes count, for previousChange / nextChange / changesBetween.
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

export interface EventQuery {
  /** Include events about other donors' weapons (default: US only). */
  includeOtherDonors?: boolean;
}

export interface PermissionsEngine {
  readonly dataset: PermissionsDataset;
  readonly epochs: readonly Epoch[];
  /** All events (US and other donors), sorted by date then id. */
  readonly events: readonly PolicyEvent[];
  readonly timelineStart: ISODate;
  readonly reviewedThrough: ISODate;
  /** Index of the epoch containing `date` (binary search). */
  epochIndexAt(date: ISODate): number;
  epochAt(date: ISODate): Epoch;
  statusesAt(date: ISODate): ZoneStatuses;
  cellAt(date: ISODate, zone: ZoneId, weapon: WeaponId): StatusCell;
  /** The all-weapons summary level per zone (same object for every date of an epoch). */
  summaryAt(date: ISODate): Record<ZoneId, SummaryLevel>;
  /** What each zone shows for a weapon filter: the summary for 'all', else that weapon's status. */
  levelsAt(date: ISODate, weapon: WeaponId | 'all'): Record<ZoneId, StatusId>;
  /** The latest change strictly before `date`, or null. */
  previousChange(date: ISODate, filter?: ChangeFilter): ISODate | null;
  /** The earliest change strictly after `date`, or null. */
  nextChange(date: ISODate, filter?: ChangeFilter): ISODate | null;
  /** Status changes on days d with a < d ≤ b, in date, zone, weapon order. Empty when a ≥ b. */
  changesBetween(a: ISODate, b: ISODate, filter?: Omit<ChangeFilter, 'level'>): StatusChange[];
  /** Events whose span (date … dateEnd) contains `date`. */
  eventsAt(date: ISODate, query?: EventQuery): PolicyEvent[];
  /** Events starting on a day d with a ≤ d ≤ b. */
  eventsBetween(a: ISODate, b: ISODate, query?: EventQuery): PolicyEvent[];
  eventById(id: string): PolicyEvent | undefined;
  /** True for dates after reviewedThrough, where the last reviewed state is carried forward. */
  isBeyondReview(date: ISODate): boolean;
}

interface Boundary {
  /** Cells whose status changed at this epoch's start. */
  status: StatusChange[];
  /** Zones whose summary changed. */
  summary: ZoneId[];
  /** Cells where anything changed. */
  any: { zone: ZoneId; weapon: WeaponId }[];
}

export function createEngine(dataset: PermissionsDataset): PermissionsEngine {
  const epochs = dataset.epochs;
  if (epochs.length === 0) throw new Error('permissions dataset has no epochs');
  const froms = epochs.map((e) => e.from);
  const events = [...dataset.events].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const eventIndex = new Map(events.map((e) => [e.id, e]));
  const summaries = epochs.map((epoch) => summarize(epoch.statuses));
  const levelCache = new Map<string, Record<ZoneId, StatusId>>();

  function summarize(statuses: ZoneStatuses): Record<ZoneId, SummaryLevel> {
    const out = {} as Record<ZoneId, SummaryLevel>;
    for (const zone of ZONE_IDS) out[zone] = summarizeZone(statuses[zone], dataset.weapons);
    return out;
  }

  const boundaries: (Boundary | null)[] = epochs.map((epoch, i) => {
    if (i === 0) return null;
    const prev = epochs[i - 1]!;
    const b: Boundary = { status: [], summary: [], any: [] };
    for (const zone of ZONE_IDS) {
      if (summaries[i]![zone] !== summaries[i - 1]![zone]) b.summary.push(zone);
      for (const weapon of WEAPON_IDS) {
        const before = prev.statuses[zone][weapon];
        const after = epoch.statuses[zone][weapon];
        if (before.status !== after.status) {
          b.status.push({
            date: epoch.from,
            zone,
            weapon,
            from: before.status,
            to: after.status,
            basis: [...after.basis],
          });
        }
        if (!sameCell(before, after)) b.any.push({ zone, weapon });
      }
    }
    return b;
  });

  function epochIndexAt(date: ISODate): number {
    // Last epoch whose `from` ≤ date; 0 when the date precedes the timeline.
    let lo = 0;
    let hi = froms.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (froms[mid]! <= date) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  function matches(i: number, filter: ChangeFilter | undefined): boolean {
    const b = boundaries[i];
    if (!b) return false;
    const zones = filter?.zones;
    const weapons = filter?.weapons;
    const inZones = (z: ZoneId) => !zones || zones.includes(z);
    const inCell = (z: ZoneId, w: WeaponId) => inZones(z) && (!weapons || weapons.includes(w));
    switch (filter?.level ?? 'status') {
      case 'summary':
        return b.summary.some(inZones);
      case 'any':
        return b.any.some((c) => inCell(c.zone, c.weapon));
      default:
        return b.status.some((c) => inCell(c.zone, c.weapon));
    }
  }

  const isUS = (e: PolicyEvent) => e.donor === 'US';

  return {
    dataset,
    epochs,
    events,
    timelineStart: dataset.timelineStart,
    reviewedThrough: dataset.reviewedThrough,
    epochIndexAt,
    epochAt: (date) => epochs[epochIndexAt(date)]!,
    statusesAt: (date) => epochs[epochIndexAt(date)]!.statuses,
    cellAt: (date, zone, weapon) => epochs[epochIndexAt(date)]!.statuses[zone][weapon],
    summaryAt: (date) => summaries[epochIndexAt(date)]!,
    levelsAt(date, weapon) {
      const i = epochIndexAt(date);
      if (weapon === 'all') return summaries[i]!;
      const cacheKey = `${i}|${weapon}`;
      let levels = levelCache.get(cacheKey);
      if (!levels) {
        levels = {} as Record<ZoneId, StatusId>;
        for (const zone of ZONE_IDS) levels[zone] = epochs[i]!.statuses[zone][weapon].status;
        levelCache.set(cacheKey, levels);
      }
      return levels;
    },
    previousChange(date, filter) {
      for (let i = epochIndexAt(date); i >= 1; i--) {
        if (froms[i]! < date && matches(i, filter)) return froms[i]!;
      }
      return null;
    },
    nextChange(date, filter) {
      for (let i = epochIndexAt(date) + 1; i < epochs.length; i++) {
        if (froms[i]! > date && matches(i, filter)) return froms[i]!;
      }
      return null;
    },
    changesBetween(a, b, filter) {
      if (a >= b) return [];
      const out: StatusChange[] = [];
      for (let i = epochIndexAt(a) + 1; i < epochs.length && froms[i]! <= b; i++) {
        if (froms[i]! <= a) continue;
        for (const c of boundaries[i]!.status) {
          if (filter?.zones && !filter.zones.includes(c.zone)) continue;
          if (filter?.weapons && !filter.weapons.includes(c.weapon)) continue;
          out.push({ ...c, basis: [...c.basis] });
        }
      }
      return out;
    },
    eventsAt(date, query) {
      return events.filter(
        (e) => (query?.includeOtherDonors || isUS(e)) && e.date <= date && date <= (e.dateEnd ?? e.date),
      );
    },
    eventsBetween(a, b, query) {
      return events.filter((e) => (query?.includeOtherDonors || isUS(e)) && e.date >= a && e.date <= b);
    },
    eventById: (id) => eventIndex.get(id),
    isBeyondReview: (date) => date > dataset.reviewedThrough,
  };
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
