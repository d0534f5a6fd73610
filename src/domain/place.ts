// The place query: what the panel and `window.permissionMap.placeAt` say about one point on one
// date. Pure: the caller passes the prepared geometry (zone lookup, border index) and the data.

import { WEAPON_IDS, type ClassId, type ShownStatusId, type ZoneId } from './ids';
import type { ZoneCells } from './dataset';
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
  /** The classes of the dataset shown (the active donor's), in its order. */
  classIds: readonly ClassId[];
  statuses: Partial<Record<ClassId, ShownStatusId>> | null;
  inReach: Partial<Record<ClassId, boolean | null>>;
  /** The range used for each class on the date (null: none in our sources or not yet in force). */
  ranges: Partial<Record<ClassId, WeaponRange | null>>;
}

export interface PlaceInput {
  lngLat: readonly [number, number];
  date: string;
  statuses: Readonly<Record<ZoneId, ZoneCells>>;
  /** Ranges exist for the US classes only (data/sites): a donor's classes reach "—". */
  ranges: Readonly<Partial<Record<ClassId, readonly WeaponRange[]>>>;
  /** The dataset's classes (default: the six US classes). */
  classIds?: readonly ClassId[];
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
  const classIds = input.classIds ?? WEAPON_IDS;
  const cells = zone ? input.statuses[zone] : null;
  const statuses = cells
    ? (Object.fromEntries(classIds.map((w) => [w, cells[w]?.status ?? 'not-supplied'])) as Partial<
        Record<ClassId, ShownStatusId>
      >)
    : null;
  const ranges: Partial<Record<ClassId, WeaponRange | null>> = {};
  const inReach: Partial<Record<ClassId, boolean | null>> = {};
  for (const w of classIds) {
    const range = rangeAt(input.ranges[w] ?? [], input.date);
    ranges[w] = range;
    const supplied = statuses !== null && statuses[w] !== 'not-supplied';
    inReach[w] = reachesFromBorder(distance, range, supplied);
  }
  return { zone, distanceToBorderKm: distance, classIds, statuses, inReach, ranges };
}
