// The border distance against an independent geodesic computation (turf.pointToLineDistance) on
// the shipped line, and the shipped index against a fresh build of it.
import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  buildBorderIndexJson,
  prepareBorderIndex,
  type BorderIndexJson,
} from '../../../src/domain/geo/borderIndex';
import { distanceToBorderKm } from '../../../src/domain/geo/borderDistance';
import { context, OUT_DIR } from '../geo/helpers';

const borderLine = () =>
  context().features.find((f) => f.properties['kind'] === 'border') as Feature<LineString>;
const shipped = JSON.parse(
  fs.readFileSync(path.join(OUT_DIR, 'border-index.json'), 'utf8'),
) as BorderIndexJson;
const index = prepareBorderIndex(shipped);

// Our own city list (data/geo-src/cities.json) plus points on, near and far from the line.
const cities = JSON.parse(fs.readFileSync(path.join(OUT_DIR, 'cities.json'), 'utf8')) as {
  id: string;
  lng: number;
  lat: number;
}[];
const extra: [string, number, number][] = [
  ['a border vertex', ...(borderLine().geometry.coordinates[200] as [number, number])],
  ['Moscow-ish far point', 37.6, 55.75],
  ['beyond the tripoint (Belarus)', 30.5, 53.0],
  ['across the Sea of Azov', 37.0, 46.0],
  ['Urals', 60.6, 56.8],
  ['Vladivostok', 131.9, 43.1],
];
const places = [...cities.map((c) => [c.id, c.lng, c.lat] as [string, number, number]), ...extra];

describe('distance to the UA–RU border', () => {
  it('uses the line shipped in context.geojson, prepared exactly as the build does', () => {
    const rebuilt = buildBorderIndexJson(borderLine().geometry.coordinates as [number, number][]);
    expect(shipped).toEqual(rebuilt);
  });

  it.each(places)('%s agrees with turf within 2 km', (_name, lng, lat) => {
    const ours = distanceToBorderKm(index, lng, lat);
    const theirs = turf.pointToLineDistance([lng, lat], borderLine(), { units: 'kilometers' });
    expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(2);
  });

  it('is zero on the line and grows away from it', () => {
    const [lng, lat] = borderLine().geometry.coordinates[100] as [number, number];
    expect(distanceToBorderKm(index, lng, lat)).toBeLessThan(0.01);
    expect(distanceToBorderKm(index, lng + 1, lat)).toBeGreaterThan(
      distanceToBorderKm(index, lng + 0.5, lat),
    );
  });

  it('rejects a malformed index with a clear message', () => {
    expect(() => prepareBorderIndex({ ...shipped, circles: shipped.circles.slice(4) })).toThrow(
      /vertices and circles do not match/,
    );
  });
});
