// The reach bands (public/geo/reach.geojson): rebuilt byte for byte, one per distinct supplied
// range, each inside Russia and reaching as far as its range and no farther.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { distinctRangesKm } from '../../../src/domain/reach';
import { loadRanges } from '../../../scripts/data/sites/ranges';
import { context, OUT_DIR, ROOT } from '../geo/helpers';

const bands = JSON.parse(fs.readFileSync(path.join(OUT_DIR, 'reach.geojson'), 'utf8')) as FeatureCollection<
  MultiPolygon,
  { id: string; km: number }
>;
const border = () => context().features.find((f) => f.properties['kind'] === 'border') as Feature<LineString>;

describe('reach bands', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reach-build-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('are exactly what scripts/geo/build-reach.ts produces', () => {
    execFileSync(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      [path.join(ROOT, 'scripts/geo/build-reach.ts'), '--out', tmp],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
    for (const f of ['reach.geojson', 'border-index.json'])
      expect(fs.readFileSync(path.join(tmp, f)).equals(fs.readFileSync(path.join(OUT_DIR, f))), f).toBe(true);
  }, 240_000);

  it('has one band per distinct supplied range in weapons.yaml', () => {
    const ranges = loadRanges(ROOT, []);
    expect(ranges).not.toBeNull();
    expect(bands.features.map((f) => f.properties.km)).toEqual(distinctRangesKm(ranges!));
    expect(bands.features.map((f) => f.properties.km)).toEqual(expect.arrayContaining([165, 300]));
  });

  it.each([165, 300])('the %i km band ends at its range and leaves Ukraine out', (km) => {
    const band = bands.features.find((f) => f.properties.km === km)!;
    const line = border();
    let farthest = 0;
    for (const polygon of band.geometry.coordinates)
      for (const [lng, lat] of polygon[0]!) {
        farthest = Math.max(farthest, turf.pointToLineDistance([lng!, lat!], line, { units: 'kilometers' }));
      }
    // Simplification and rounding move the edge by well under 2 km.
    expect(Math.abs(farthest - km)).toBeLessThan(2);
    // Belgorod (≈ 35 km from the line) is in; Moscow (≈ 450 km) and Kharkiv (Ukraine) are out.
    expect(turf.booleanPointInPolygon([36.5983, 50.5997], band)).toBe(true);
    expect(turf.booleanPointInPolygon([37.6173, 55.7558], band)).toBe(false);
    expect(turf.booleanPointInPolygon([36.2304, 49.9935], band)).toBe(false);
  });
});
