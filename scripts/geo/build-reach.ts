// Builds what the place query and the reach bands need, from the shipped geometry
// (public/geo/zones.geojson, context.geojson) and the ranges in data/permissions/weapons.yaml:
//
//   public/geo/border-index.json  the UA–RU border line prepared for distance queries
//   public/geo/reach.geojson      one band per distinct range: Russia within `km` of the border
//
// Run after build-zones (npm run build:geo does both). Deterministic. See docs/geodata.md.
//   tsx scripts/geo/build-reach.ts [--out <dir>]   (default public/geo; the test writes elsewhere)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { buildBorderIndexJson } from '../../src/domain/geo/borderIndex.ts';
import { distinctRangesKm } from '../../src/domain/reach.ts';
import { RUSSIAN_ZONE_IDS } from '../../src/domain/place.ts';
import { loadRanges } from '../data/sites/ranges.ts';
import { formatProblem, type Problem } from '../data/sites/yamlFile.ts';

type Poly = Polygon | MultiPolygon;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Band edges are simplified to this (degrees, ≈ 0.5 km) and rounded to 3 decimals (≈ 100 m). */
const SIMPLIFY_DEG = 0.005;
/** A buffer wider than this is not drawn (turf's projection is not made for it); no class has one. */
const MAX_BAND_KM = 2500;

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

function round(coords: Position[][][]): Position[][][] {
  return coords.map((poly) =>
    poly.map((ring) => ring.map(([x, y]) => [Math.round(x! * 1000) / 1000, Math.round(y! * 1000) / 1000])),
  );
}

function band(border: Feature<LineString>, russia: Feature<Poly>, km: number): Feature<MultiPolygon> {
  const buffer = turf.buffer(border, km, { units: 'kilometers', steps: 32 });
  if (!buffer) throw new Error(`buffer of ${km} km failed`);
  const clipped = turf.intersect(turf.featureCollection([buffer as Feature<Poly>, russia]));
  if (!clipped) throw new Error(`the ${km} km band does not meet Russia`);
  const simple = turf.simplify(clipped, { tolerance: SIMPLIFY_DEG, highQuality: true });
  const g = simple.geometry as Poly;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return {
    type: 'Feature',
    properties: { id: `reach-${km}`, km },
    geometry: { type: 'MultiPolygon', coordinates: round(polys) },
  };
}

function outDir(argv: string[]): string {
  if (argv.length === 0) return path.join(root, 'public/geo');
  if (argv[0] === '--out' && argv[1] && argv.length === 2) return path.resolve(argv[1]);
  throw new Error('usage: build-reach.ts [--out <dir>]');
}

function main(): void {
  const geoDir = path.join(root, 'public/geo');
  const out = outDir(process.argv.slice(2));
  const zones = readJson<FeatureCollection<Poly>>(path.join(geoDir, 'zones.geojson'));
  const context = readJson<FeatureCollection>(path.join(geoDir, 'context.geojson'));
  const border = context.features.find((f) => f.properties?.['kind'] === 'border') as Feature<LineString>;
  if (!border) throw new Error('context.geojson has no border line');

  const index = buildBorderIndexJson(border.geometry.coordinates as [number, number][]);
  const indexJson = `${JSON.stringify(index)}\n`;
  fs.writeFileSync(path.join(out, 'border-index.json'), indexJson);

  const problems: Problem[] = [];
  const ranges = loadRanges(root, problems);
  if (!ranges) throw new Error(problems.map(formatProblem).join('\n'));
  const russianZones = zones.features.filter((f) =>
    (RUSSIAN_ZONE_IDS as readonly unknown[]).includes(f.properties?.['id']),
  );
  const russia = turf.union(turf.featureCollection(russianZones)) as Feature<Poly>;
  const kms = distinctRangesKm(ranges).filter((km) => km <= MAX_BAND_KM);
  const bands = kms.map((km) => band(border, russia, km));
  const reachJson = `{"type":"FeatureCollection","features":[\n${bands.map((b) => JSON.stringify(b)).join(',\n')}\n]}\n`;
  fs.writeFileSync(path.join(out, 'reach.geojson'), reachJson);

  const kb = (s: string) =>
    `${(Buffer.byteLength(s) / 1024).toFixed(1)} KB (gzip ${(gzipSync(s, { level: 9 }).length / 1024).toFixed(1)} KB)`;
  console.log(`border-index.json: ${index.circles.length / 4} segments, ${kb(indexJson)}`);
  console.log(`reach.geojson: bands ${kms.join(', ')} km, ${kb(reachJson)}`);
}

main();
