// The vendored inputs of the geodata pipeline, and small helpers to pick features from them.
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { Poly, PolyFeature } from '../geom.ts';
import { readCities, type City } from '../cities.ts';

export interface Sources {
  countries: FeatureCollection<Poly>;
  border: Feature<LineString>;
  uaAdmin: FeatureCollection<Poly>;
  ruAdmin: FeatureCollection<Poly>;
  cities: City[];
}

export function readSources(srcDir: string): Sources {
  const rd = <T>(f: string): T => JSON.parse(fs.readFileSync(path.join(srcDir, f), 'utf8')) as T;
  const borderFc = rd<FeatureCollection<LineString>>('ua_ru_border.geojson');
  return {
    countries: rd('countries.geojson'),
    border: borderFc.features[0]!,
    uaAdmin: rd('ukraine_admin1.geojson'),
    ruAdmin: rd('russia_admin1.geojson'),
    cities: readCities(path.join(srcDir, 'cities.json')),
  };
}

export const prop = (f: Feature, k: string): unknown => (f.properties ?? {})[k];

export function pick(fcIn: FeatureCollection<Poly>, key: string, value: string): PolyFeature {
  const f = fcIn.features.find((x) => prop(x, key) === value);
  if (!f) throw new Error(`source feature ${key}=${value} not found`);
  return f;
}

export function need<T>(v: T | null | undefined, what: string): T {
  if (v === null || v === undefined) throw new Error(`${what}: empty geometry`);
  return v;
}
