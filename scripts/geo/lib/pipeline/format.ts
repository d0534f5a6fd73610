// Deterministic output: rounding, clean rings, one feature per line.
import * as turf from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, Position } from 'geojson';
import { DECIMALS } from '../config.ts';
import { polygonsOf, toPoly, type Poly } from '../geom.ts';
import type { City } from '../cities.ts';
import { need } from './sources.ts';

const SCALE = 10 ** DECIMALS;
const round = (v: number) => Math.round(v * SCALE) / SCALE;

/** Round, remove repeated vertices and degenerate rings/parts; RFC 7946 winding. */
export function cleanPoly(g: Poly): Poly {
  const cleanRing = (r: Position[]): Position[] => {
    const out: Position[] = [];
    for (const c of r) {
      const q = [round(c[0]!), round(c[1]!)];
      const last = out[out.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
    }
    return out;
  };
  const polys: Position[][][] = [];
  for (const p of polygonsOf(g)) {
    const outer = cleanRing(p[0]!);
    if (outer.length < 4) continue;
    polys.push([
      outer,
      ...p
        .slice(1)
        .map(cleanRing)
        .filter((r) => r.length >= 4),
    ]);
  }
  const res = need(toPoly(polys), 'cleanPoly');
  return turf.rewind(res, { reverse: false }) as Poly;
}

/** Join line pieces end to end into one LineString (they come from one shared boundary). */
export function chainLines(geoms: (LineString | MultiLineString)[]): Position[] {
  const pieces: Position[][] = [];
  for (const g of geoms) {
    if (g.type === 'LineString') pieces.push(g.coordinates);
    else pieces.push(...g.coordinates);
  }
  if (pieces.length === 0) throw new Error('UA–RU border: no shared boundary found');
  const key = (c: Position) => `${c[0]},${c[1]}`;
  let line = pieces.shift()!.slice();
  while (pieces.length > 0) {
    const i = pieces.findIndex(
      (p) =>
        key(p[0]!) === key(line.at(-1)!) ||
        key(p.at(-1)!) === key(line.at(-1)!) ||
        key(p.at(-1)!) === key(line[0]!) ||
        key(p[0]!) === key(line[0]!),
    );
    if (i < 0) throw new Error(`UA–RU border: ${pieces.length + 1} disconnected pieces`);
    const p = pieces.splice(i, 1)[0]!;
    if (key(p[0]!) === key(line.at(-1)!)) line = line.concat(p.slice(1));
    else if (key(p.at(-1)!) === key(line.at(-1)!)) line = line.concat(p.slice(0, -1).reverse());
    else if (key(p.at(-1)!) === key(line[0]!)) line = p.slice(0, -1).concat(line);
    else line = p.slice(1).reverse().concat(line);
  }
  // Orient north-west (BY/UA/RU tripoint) to south-east (Sea of Azov), like the source line.
  if (line[0]![1]! < line.at(-1)![1]!) line.reverse();
  return line.map((c) => [round(c[0]!), round(c[1]!)]);
}

function formatGeometry(g: Geometry): string {
  return JSON.stringify(g);
}

/** One feature per line, stable key order: diff-friendly and deterministic. */
export function formatFc(features: Feature<Geometry>[]): string {
  const lines = features.map(
    (f) =>
      `{"type":"Feature","properties":${JSON.stringify(f.properties)},"geometry":${formatGeometry(f.geometry)}}`,
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export function formatCities(cities: City[]): string {
  return `[\n${cities.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`;
}
