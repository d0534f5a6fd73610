// Small GeoJSON helpers shared by the build and the tests.
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Projection, XY } from './plane.ts';

export type Poly = Polygon | MultiPolygon;
export type PolyFeature = Feature<Poly>;

export function polygonsOf(g: Poly): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

export function toPoly(polys: Position[][][]): Poly | null {
  if (polys.length === 0) return null;
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0]! }
    : { type: 'MultiPolygon', coordinates: polys };
}

export function feat<G extends Geometry>(geometry: G, properties: Record<string, unknown> = {}): Feature<G> {
  return { type: 'Feature', properties, geometry };
}

/** Geodesic area in km² (turf). */
export function areaKm2(g: Poly | PolyFeature): number {
  return turf.area(g) / 1e6;
}

function need(f: PolyFeature | null, what: string): PolyFeature {
  if (!f) throw new Error(`${what}: empty result`);
  return f;
}

export function intersect(a: Poly | PolyFeature, b: Poly | PolyFeature): PolyFeature | null {
  return turf.intersect(turf.featureCollection([asFeature(a), asFeature(b)])) as PolyFeature | null;
}

export function difference(a: Poly | PolyFeature, b: Poly | PolyFeature): PolyFeature | null {
  return turf.difference(turf.featureCollection([asFeature(a), asFeature(b)])) as PolyFeature | null;
}

export function union(...parts: (Poly | PolyFeature)[]): PolyFeature {
  if (parts.length === 1) return asFeature(parts[0]!);
  return need(turf.union(turf.featureCollection(parts.map(asFeature))) as PolyFeature | null, 'union');
}

export function asFeature(g: Poly | PolyFeature): PolyFeature {
  return g.type === 'Feature' ? g : feat(g);
}

/** Drop polygon parts smaller than minKm2 (holes are kept). */
export function dropSmallParts(g: Poly, minKm2: number): { kept: Poly | null; dropped: Position[][][] } {
  const kept: Position[][][] = [];
  const dropped: Position[][][] = [];
  for (const p of polygonsOf(g)) {
    (areaKm2({ type: 'Polygon', coordinates: p }) >= minKm2 ? kept : dropped).push(p);
  }
  return { kept: toPoly(kept), dropped };
}

export function projectRings(polys: Position[][][], proj: Projection): XY[][][] {
  return polys.map((p) => p.map((r) => r.map((c) => proj.fwd([c[0]!, c[1]!]))));
}

export function unprojectRings(polys: XY[][][], proj: Projection): Position[][][] {
  return polys.map((p) => p.map((r) => r.map((c) => proj.inv(c))));
}

/** Even-odd point in polygon for planar rings. */
export function pointInRings(p: XY, rings: readonly (readonly XY[])[]): boolean {
  let inside = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const a = r[i]!;
      const b = r[j]!;
      if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0])
        inside = !inside;
    }
  }
  return inside;
}

export function fc<G extends Geometry>(features: Feature<G>[]): FeatureCollection<G> {
  return { type: 'FeatureCollection', features };
}
