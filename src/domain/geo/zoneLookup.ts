// Which zone a point lies in, from the shipped zones.geojson: even-odd ray casting over each
// polygon's rings, after a bounding-box test. Pure; the app builds the lookup once per load.

import { ZONE_IDS, type ZoneId } from '../ids';

type Ring = readonly (readonly number[])[];
type PolygonRings = readonly Ring[];

interface PreparedPolygon {
  zone: ZoneId;
  bbox: [number, number, number, number];
  rings: PolygonRings;
}

export interface ZoneFeatureCollection {
  features: readonly {
    properties: { id?: unknown } | null;
    geometry: { type: string; coordinates: unknown };
  }[];
}

export type ZoneLookup = (lng: number, lat: number) => ZoneId | null;

function ringContains(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!;
    const yi = ring[i]![1]!;
    const xj = ring[j]![0]!;
    const yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function bboxOf(rings: PolygonRings): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of rings[0] ?? []) {
    box[0] = Math.min(box[0], x!);
    box[1] = Math.min(box[1], y!);
    box[2] = Math.max(box[2], x!);
    box[3] = Math.max(box[3], y!);
  }
  return box;
}

function polygonsOf(geometry: { type: string; coordinates: unknown }): PolygonRings[] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as PolygonRings];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as PolygonRings[];
  return [];
}

export function createZoneLookup(zones: ZoneFeatureCollection): ZoneLookup {
  const polygons: PreparedPolygon[] = [];
  for (const feature of zones.features) {
    const id = feature.properties?.id;
    if (typeof id !== 'string' || !(ZONE_IDS as readonly string[]).includes(id)) continue;
    for (const rings of polygonsOf(feature.geometry))
      polygons.push({ zone: id as ZoneId, bbox: bboxOf(rings), rings });
  }
  if (polygons.length === 0) throw new Error('zones: no polygon with a known zone id');
  return (lng, lat) => {
    for (const { zone, bbox, rings } of polygons) {
      if (lng < bbox[0] || lng > bbox[2] || lat < bbox[1] || lat > bbox[3]) continue;
      let inside = false;
      for (const ring of rings) if (ringContains(ring, lng, lat)) inside = !inside;
      if (inside) return zone;
    }
    return null;
  };
}
