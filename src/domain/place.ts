// The place query: what the panel and `window.permissionMap.placeAt` say about one point on one
// date. Pure: the caller passes the prepared geometry (zone lookup, border index) and the data.

import { WEAPON_IDS, type StatusId, type WeaponId, type ZoneId } from './ids';
import type { ZoneStatuses } from './types';
import type { BorderIndex } from './geo/borderIndex';
import { distanceToBorderKm } from './geo/borderDistance';
import type { ZoneLookup } from './geo/zoneLookup';
import { rangeAt, reachesFromBorder, type WeaponRange } from './reach';

/** The zones that are Russian territory: only there is a distance to the border measured. */
export const RUSSIAN_ZONE_IDS: readonly ZoneId[] = ['kharkiv-sector', 'border-zone', 'deep-russia'];

export interface PlaceGeometry {
  zoneAt: ZoneLookup;
  border: BorderIndex;
}

export interface PlaceFacts {
  zone: ZoneId | null;
  distanceToBorderKm: number | null;
  statuses: Record<WeaponId, StatusId> | null;
  inReach: Record<WeaponId, boolean | null>;
  /** The range used for each class on the date (null: none in our sources or not yet in force). */
  ranges: Record<WeaponId, WeaponRange | null>;
}

export interface PlaceInput {
  lngLat: readonly [number, number];
  date: string;
  statuses: ZoneStatuses;
  ranges: Readonly<Record<WeaponId, readonly WeaponRange[]>>;
  /** A listed site's own zone (a bridge stands in water: the data assigns it the nearest land's). */
  zone?: ZoneId;
}

/** The zone and border distance of a point (the part that does not depend on the date). */
export function locatePlace(
  geometry: PlaceGeometry,
  [lng, lat]: readonly [number, number],
  knownZone?: ZoneId,
): { zone: ZoneId | null; distanceToBorderKm: number | null } {
  const zone = knownZone ?? geometry.zoneAt(lng, lat);
  const inRussia = zone !== null && RUSSIAN_ZONE_IDS.includes(zone);
  return { zone, distanceToBorderKm: inRussia ? distanceToBorderKm(geometry.border, lng, lat) : null };
}

export function queryPlace(geometry: PlaceGeometry, input: PlaceInput): PlaceFacts {
  const { zone, distanceToBorderKm: distance } = locatePlace(geometry, input.lngLat, input.zone);
  const cells = zone ? input.statuses[zone] : null;
  const statuses = cells
    ? (Object.fromEntries(WEAPON_IDS.map((w) => [w, cells[w].status])) as Record<WeaponId, StatusId>)
    : null;
  const ranges = {} as Record<WeaponId, WeaponRange | null>;
  const inReach = {} as Record<WeaponId, boolean | null>;
  for (const w of WEAPON_IDS) {
    ranges[w] = rangeAt(input.ranges[w] ?? [], input.date);
    const supplied = statuses !== null && statuses[w] !== 'not-supplied';
    inReach[w] = reachesFromBorder(distance, ranges[w], supplied);
  }
  return { zone, distanceToBorderKm: distance, statuses, inReach, ranges };
}
