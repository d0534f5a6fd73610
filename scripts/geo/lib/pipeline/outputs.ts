// The shipped files: zones.geojson, context.geojson (countries, named regions, the UA–RU
// border) and cities.json, written with their raw and gzip sizes.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Feature, Geometry, LineString, MultiLineString } from 'geojson';
import { ZONE_IDS, type ZoneId } from '../../../../src/domain/ids.ts';
import { areaKm2, feat, type Poly } from '../geom.ts';
import { ZONE_NAMES } from '../regions.ts';
import type { City } from '../cities.ts';
import { chainLines, cleanPoly, formatCities, formatFc } from './format.ts';
import { need } from './sources.ts';
import type { Mosaic } from './mosaic.ts';

export interface WrittenFile {
  name: string;
  raw: number;
  gzip: number;
}

export function zoneFeatures(mosaic: Mosaic): Feature<Poly>[] {
  return ZONE_IDS.map((id) => {
    const g = cleanPoly(need(mosaic.byFid.get(id), id).geometry as Poly);
    return feat(g, { id, name: ZONE_NAMES[id], area_km2: Math.round(areaKm2(g)) });
  });
}

export function countryFeatures(mosaic: Mosaic): Feature<Geometry>[] {
  return [...mosaic.byFid.keys()]
    .filter((id) => !(ZONE_IDS as readonly string[]).includes(id))
    .sort()
    .map((id) =>
      feat(cleanPoly(mosaic.byFid.get(id)!.geometry as Poly), {
        id,
        kind: 'country',
        name: mosaic.countryNames[id] ?? id,
      }),
    );
}

export function borderFeature(mosaic: Mosaic): Feature<LineString> {
  const line = chainLines(mosaic.borderPieces.map((f) => f.geometry as LineString | MultiLineString));
  return feat<LineString>(
    { type: 'LineString', coordinates: line },
    { id: 'ua-ru-border', kind: 'border', name: 'Ukraine–Russia land border' },
  );
}

export function writeOutputs(
  outDir: string,
  out: { zones: Feature<Poly>[]; context: Feature<Geometry>[]; cities: City[] },
): WrittenFile[] {
  fs.mkdirSync(outDir, { recursive: true });
  const files: WrittenFile[] = [];
  const write = (name: string, text: string) => {
    const buf = Buffer.from(text, 'utf8');
    fs.writeFileSync(path.join(outDir, name), buf);
    files.push({ name, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length });
  };
  write('zones.geojson', formatFc(out.zones));
  write('context.geojson', formatFc(out.context));
  write('cities.json', formatCities(out.cities));
  return files;
}

export function zoneAreas(zones: Feature<Poly>[]): Record<ZoneId, number> {
  return Object.fromEntries(zones.map((f) => [f.properties!.id, f.properties!.area_km2])) as Record<
    ZoneId,
    number
  >;
}
