// Shared loaders for the geometry tests: they read the committed output (public/geo) and the
// vendored sources (data/geo-src).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { BBox, Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { ZoneId } from '../../../src/domain/ids.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const OUT_DIR = path.join(ROOT, 'public/geo');
export const SRC_DIR = path.join(ROOT, 'data/geo-src');

export type Poly = Polygon | MultiPolygon;
type Props = Record<string, unknown>;

const cache = new Map<string, unknown>();
export function readJson<T>(file: string): T {
  if (!cache.has(file)) cache.set(file, JSON.parse(fs.readFileSync(file, 'utf8')));
  return cache.get(file) as T;
}

export const zones = () => readJson<FeatureCollection<Poly, Props>>(path.join(OUT_DIR, 'zones.geojson'));
export const context = () =>
  readJson<FeatureCollection<Poly | LineString, Props>>(path.join(OUT_DIR, 'context.geojson'));
export const srcCountries = () =>
  readJson<FeatureCollection<Poly, Props>>(path.join(SRC_DIR, 'countries.geojson'));
export const srcBorder = () =>
  readJson<FeatureCollection<LineString, Props>>(path.join(SRC_DIR, 'ua_ru_border.geojson')).features[0]!;
export const srcUaAdmin = () =>
  readJson<FeatureCollection<Poly, Props>>(path.join(SRC_DIR, 'ukraine_admin1.geojson'));
export const srcRuAdmin = () =>
  readJson<FeatureCollection<Poly, Props>>(path.join(SRC_DIR, 'russia_admin1.geojson'));

export function zone(id: ZoneId): Feature<Poly, Props> {
  const f = zones().features.find((z) => z.properties.id === id);
  if (!f) throw new Error(`zone ${id} missing`);
  return f;
}

export function srcCountry(a3: string): Feature<Poly, Props> {
  const f = srcCountries().features.find((c) => c.properties.adm0_a3 === a3);
  if (!f) throw new Error(`source country ${a3} missing`);
  return f;
}

const bboxes = new WeakMap<object, BBox>();
function bboxOf(f: Feature): BBox {
  let b = bboxes.get(f);
  if (!b) {
    b = turf.bbox(f);
    bboxes.set(f, b);
  }
  return b;
}

export function inside(p: [number, number], f: Feature<Poly>): boolean {
  const b = bboxOf(f);
  if (p[0] < b[0] || p[0] > b[2] || p[1] < b[1] || p[1] > b[3]) return false;
  return turf.booleanPointInPolygon(p, f);
}

/** The zone containing p, or null. */
export function zoneAt(p: [number, number]): ZoneId | null {
  for (const f of zones().features) if (inside(p, f)) return f.properties.id as ZoneId;
  return null;
}

/** Deterministic sample points: a regular grid (spacing in km) over bbox, inside `within`. */
export function grid(bbox: BBox, km: number, within?: Feature<Poly>): [number, number][] {
  const out: [number, number][] = [];
  const dLat = km / 111.2;
  for (let lat = bbox[1] + dLat / 2; lat < bbox[3]; lat += dLat) {
    const dLng = km / (111.2 * Math.cos((lat * Math.PI) / 180));
    for (let lng = bbox[0] + dLng / 2; lng < bbox[2]; lng += dLng) {
      const p: [number, number] = [lng, lat];
      if (!within || inside(p, within)) out.push(p);
    }
  }
  return out;
}

const R_KM = 6371.0088; // as turf
type V3 = [number, number, number];
const toV = (p: readonly number[]): V3 => {
  const la = (p[1]! * Math.PI) / 180;
  const lo = (p[0]! * Math.PI) / 180;
  return [Math.cos(la) * Math.cos(lo), Math.cos(la) * Math.sin(lo), Math.sin(la)];
};
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: V3, b: V3): V3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const angle = (a: V3, b: V3) => Math.atan2(Math.hypot(...cross(a, b)), dot(a, b));

/** A polyline prepared for fast great-circle point-to-line distances (segments as great-circle arcs). */
export class SphereLine {
  private a: V3[] = [];
  private b: V3[] = [];
  private n: V3[] = [];
  constructor(coords: readonly (readonly number[])[]) {
    for (let i = 1; i < coords.length; i++) {
      const a = toV(coords[i - 1]!);
      const b = toV(coords[i]!);
      const c = cross(a, b);
      const len = Math.hypot(...c);
      if (len === 0) continue;
      this.a.push(a);
      this.b.push(b);
      this.n.push([c[0] / len, c[1] / len, c[2] / len]);
    }
  }
  /** Distance in km. */
  dist(p: readonly number[]): number {
    const v = toV(p);
    let best = Infinity;
    for (let i = 0; i < this.n.length; i++) {
      const n = this.n[i]!;
      const a = this.a[i]!;
      const b = this.b[i]!;
      const s = dot(v, n);
      // Foot of the perpendicular on the great circle; is it between a and b?
      const c: V3 = [v[0] - s * n[0], v[1] - s * n[1], v[2] - s * n[2]];
      let d: number;
      if (dot(cross(a, c), n) >= 0 && dot(cross(c, b), n) >= 0)
        d = Math.abs(Math.asin(Math.max(-1, Math.min(1, s))));
      else d = Math.min(angle(v, a), angle(v, b));
      if (d < best) best = d;
    }
    return best * R_KM;
  }
}

let borderLine: SphereLine | undefined;
/** Great-circle distance (km) from p to the source UA–RU border line. */
export function distToBorder(p: readonly number[]): number {
  borderLine ??= new SphereLine(srcBorder().geometry.coordinates);
  return borderLine.dist(p);
}
