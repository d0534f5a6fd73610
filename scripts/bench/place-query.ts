// The place query's cost in Node, as the app runs it: zone lookup + distance to the prepared
// border + statuses and reach for every class. A separate module so `npm run bench` can call
// `measurePlaceQuery()` and print or record the figures; also runnable on its own:
//
//   npx tsx scripts/bench/place-query.ts [points]
//
// Points are a fixed pseudo-random grid over the map frame (same points every run), so runs
// compare. The budget (issue #11) is 5 ms per query; nothing of this runs on a slider tick.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareBorderIndex } from '../../src/domain/geo/borderIndex';
import { createZoneLookup } from '../../src/domain/geo/zoneLookup';
import { queryPlace, type PlaceGeometry } from '../../src/domain/place';
import { createEngine } from '../../src/domain/engine';
import type { PermissionsDataset } from '../../src/domain/types';
import type { RangesDataset } from '../../src/domain/reach';
import { max, median, percentile, round } from './stats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const json = <T>(rel: string) => JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8')) as T;

export interface PlaceQueryFigures {
  points: number;
  /** Per-query times in microseconds. */
  medianUs: number;
  p95Us: number;
  p99Us: number;
  /** The slowest query; on a busy machine this is mostly the scheduler, not the query. */
  maxUs: number;
  /** One-off: parsing and preparing zones.geojson and border-index.json, in ms. */
  prepareMs: number;
}

/** A deterministic sequence in [0, 1) (a linear congruential generator), so every run uses the same points. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function measurePlaceQuery(points = 20_000): PlaceQueryFigures {
  const t0 = performance.now();
  const geometry: PlaceGeometry = {
    zoneAt: createZoneLookup(json('public/geo/zones.geojson')),
    border: prepareBorderIndex(json('public/geo/border-index.json')),
  };
  const prepareMs = performance.now() - t0;
  const engine = createEngine(json<PermissionsDataset>('public/data/permissions.json'));
  const { ranges } = json<RangesDataset>('public/data/ranges.json');
  const date = '2024-12-01';
  const statuses = engine.epochs[engine.epochIndexAt(date)]!.statuses;
  const next = sequence(11);
  const times: number[] = [];
  // Warm-up (JIT), not measured: a reader's first click also runs after the chunk has loaded.
  for (let i = 0; i < 500; i++) queryPlace(geometry, { lngLat: [30 + i / 20, 50], date, statuses, ranges });
  for (let i = 0; i < points; i++) {
    // The map frame: 15–56° E, 38.5–62° N (scripts/geo/lib/config.ts).
    const lngLat = [15 + next() * 41, 38.5 + next() * 23.5] as const;
    const start = performance.now();
    queryPlace(geometry, { lngLat, date, statuses, ranges });
    times.push((performance.now() - start) * 1000);
  }
  return {
    points,
    medianUs: round(median(times)),
    p95Us: round(percentile(times, 95)),
    p99Us: round(percentile(times, 99)),
    maxUs: round(max(times)),
    prepareMs: round(prepareMs),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const n = Number(process.argv[2] ?? 20_000);
  const f = measurePlaceQuery(Number.isInteger(n) && n > 0 ? n : 20_000);
  console.log(
    `place query (Node, ${f.points} points over the map frame): median ${f.medianUs} µs, ` +
      `p95 ${f.p95Us} µs, p99 ${f.p99Us} µs, max ${f.maxUs} µs per query (budget 5,000 µs); preparing the geometry ${f.prepareMs} ms once.`,
  );
}
