// The policy zones from the national outlines: Crimea, the 100 km zone measured over land, the
// Kharkiv sector within it, and deep Russia. Rules and tolerances: docs/geodata.md.
import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import type { ZoneId } from '../../../../src/domain/ids.ts';
import {
  BUFFER_STEPS,
  KHARKIV_OBLAST,
  MIN_ZONE_PART_KM2,
  OVERLAND_CELL_KM,
  OVERLAND_TOL_KM,
  OVERLAND_WINDOW,
  RADIUS_KM,
} from '../config.ts';
import {
  areaKm2,
  difference,
  dropSmallParts,
  feat,
  intersect,
  polygonsOf,
  toPoly,
  union,
  type PolyFeature,
} from '../geom.ts';
import { findSegment, voronoiRegion } from '../kharkiv.ts';
import { overLandExclusion, type OverLandResult } from '../overland.ts';
import type { LngLat, Projection } from '../plane.ts';
import { need, pick, prop, type Sources } from './sources.ts';

type Log = (m: string) => void;

/** Crimea (UA-43 + UA-40 within Natural Earth's Ukraine) and the rest of Ukraine. */
export function crimeaAndUkraine(src: Sources, ukr: PolyFeature, log: Log) {
  const crimeaOsm = union(pick(src.uaAdmin, 'iso_3166_2', 'UA-43'), pick(src.uaAdmin, 'iso_3166_2', 'UA-40'));
  let crimea = need(intersect(ukr, crimeaOsm), 'crimea');
  let ukraine = need(difference(ukr, crimea), 'ukraine');
  // Slivers where NE land and OSM Crimea differ: small parts of "ukraine" next to Crimea.
  const near = turf.buffer(crimeaOsm, 2, { units: 'kilometers' }) as PolyFeature;
  const keep: Position[][][] = [];
  const move: Position[][][] = [];
  for (const p of polygonsOf(ukraine.geometry)) {
    const small = areaKm2({ type: 'Polygon', coordinates: p }) < 5;
    const pt = turf.pointOnFeature(turf.polygon(p));
    (small && turf.booleanPointInPolygon(pt, near) ? move : keep).push(p);
  }
  log(
    `  crimea: ${move.length} sliver(s) of NE land next to OSM Crimea moved from ukraine to crimea (${move.length ? areaKm2(need(toPoly(move), 'slivers')).toFixed(3) : 0} km²)`,
  );
  if (move.length) {
    crimea = union(crimea, need(toPoly(move), 'slivers'));
    ukraine = feat(need(toPoly(keep), 'ukraine'));
  }
  return { crimea, ukraine };
}

/** Russia within RADIUS_KM of the border, measured over land (the Taganrog Bay rule). */
export function hundredKmZone(
  src: Sources,
  rus: PolyFeature,
  ukr: PolyFeature,
  lap: Log,
): { zone: PolyFeature; overLand: OverLandResult } {
  const buffer = turf.buffer(src.border, RADIUS_KM, {
    units: 'kilometers',
    steps: BUFFER_STEPS,
  }) as PolyFeature;
  const straightZone = need(intersect(buffer, rus), 'buffer ∩ Russia');
  lap('100 km buffer');
  const overLand = overLandExclusion({
    border: src.border.geometry.coordinates as LngLat[],
    land: [rus.geometry, ukr.geometry],
    target: rus.geometry,
    window: OVERLAND_WINDOW,
    radiusKm: RADIUS_KM,
    cellKm: OVERLAND_CELL_KM,
    tolKm: OVERLAND_TOL_KM,
  });
  let zone = overLand.exclusion ? need(difference(straightZone, overLand.exclusion), 'zone') : straightZone;
  const dropped = dropSmallParts(zone.geometry, MIN_ZONE_PART_KM2);
  zone = feat(need(dropped.kept, 'zone'));
  lap(
    `over-land rule: removed ${(areaKm2(straightZone) - areaKm2(zone)).toFixed(0)} km² across Taganrog Bay; ${dropped.dropped.length} part(s) < ${MIN_ZONE_PART_KM2} km² left to deep-russia`,
  );
  return { zone, overLand };
}

/** The part of the zone whose nearest border point lies on the Kharkiv-oblast stretch. */
export async function kharkivSplit(src: Sources, zone: PolyFeature, lineProj: Projection) {
  const border = src.border.geometry.coordinates as LngLat[];
  const oblasts = src.uaAdmin.features
    .filter((f) => prop(f, 'borders_russia') === true)
    .map((f) => ({ iso: String(prop(f, 'iso_3166_2')), geometry: f.geometry }));
  const segment = findSegment(border, oblasts, lineProj, KHARKIV_OBLAST);
  const { region } = await voronoiRegion(border, segment, lineProj);
  return {
    segment,
    kharkiv: need(intersect(zone, region), 'kharkiv-sector'),
    borderZone: need(difference(zone, region), 'border-zone'),
  };
}

export type ZoneGeometries = Record<ZoneId, PolyFeature>;
