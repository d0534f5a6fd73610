// The geodata pipeline: vendored sources (data/geo-src) -> public/geo/{zones,context}.geojson
// and cities.json. Rules and tolerances: docs/geodata.md.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Position } from 'geojson';
import { NAMED_REGION_IDS, ZONE_IDS, type ZoneId } from '../../../src/domain/ids.ts';
import {
  BUFFER_STEPS,
  COUNTRY_MERGE,
  COUNTRY_NAMES,
  DECIMALS,
  KHARKIV_OBLAST,
  MIN_REGION_PART_KM2,
  MIN_ZONE_PART_KM2,
  OVERLAND_CELL_KM,
  OVERLAND_TOL_KM,
  OVERLAND_WINDOW,
  RADIUS_KM,
  REGION_CONFORM_KM,
  REGION_INTERVAL_M,
  TIERS,
} from './config.ts';
import {
  areaKm2,
  difference,
  dropSmallParts,
  fc,
  feat,
  intersect,
  polygonsOf,
  toPoly,
  union,
  type Poly,
  type PolyFeature,
} from './geom.ts';
import { findSegment, voronoiRegion } from './kharkiv.ts';
import { ms } from './ms.ts';
import { overLandExclusion } from './overland.ts';
import { aeqd, type LngLat } from './plane.ts';
import { NAMED_REGION_SOURCES, ZONE_NAMES } from './regions.ts';
import { readCities, type City } from './cities.ts';

export interface BuildReport {
  files: { name: string; raw: number; gzip: number }[];
  totalRaw: number;
  totalGzip: number;
  zones: Record<ZoneId, number>;
}

interface Sources {
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

const prop = (f: Feature, k: string): unknown => (f.properties ?? {})[k];

function pick(fcIn: FeatureCollection<Poly>, key: string, value: string): PolyFeature {
  const f = fcIn.features.find((x) => prop(x, key) === value);
  if (!f) throw new Error(`source feature ${key}=${value} not found`);
  return f;
}

function need<T>(v: T | null | undefined, what: string): T {
  if (v === null || v === undefined) throw new Error(`${what}: empty geometry`);
  return v;
}

export async function buildGeo(opts: {
  srcDir: string;
  outDir: string;
  log?: (m: string) => void;
}): Promise<BuildReport> {
  const log = opts.log ?? (() => {});
  const src = readSources(opts.srcDir);
  let t = Date.now();
  const lap = (what: string) => {
    log(`  ${what} (${Date.now() - t} ms)`);
    t = Date.now();
  };

  const rus = pick(src.countries, 'adm0_a3', 'RUS');
  const ukr = pick(src.countries, 'adm0_a3', 'UKR');
  const border = src.border.geometry.coordinates as LngLat[];
  const [bw, bs, be, bn] = turf.bbox(src.border);
  const lineProj = aeqd((bw + be) / 2, (bs + bn) / 2);

  // --- Crimea and the rest of Ukraine ------------------------------------------------------
  const crimeaOsm = union(pick(src.uaAdmin, 'iso_3166_2', 'UA-43'), pick(src.uaAdmin, 'iso_3166_2', 'UA-40'));
  let crimea = need(intersect(ukr, crimeaOsm), 'crimea');
  let ukraine = need(difference(ukr, crimea), 'ukraine');
  {
    // Slivers where NE land and OSM Crimea differ: small parts of "ukraine" next to Crimea.
    const near = turf.buffer(crimeaOsm, 2, { units: 'kilometers' }) as PolyFeature;
    const keep: Position[][][] = [];
    const move: Position[][][] = [];
    for (const p of polygonsOf(ukraine.geometry)) {
      const small = areaKm2({ type: 'Polygon', coordinates: p }) < 5;
      const pt = turf.pointOnFeature(turf.polygon(p));
      (small && turf.booleanPointInPolygon(pt, near) ? move : keep).push(p);
    }
    log(
      `  crimea: ${move.length} sliver(s) of NE land next to OSM Crimea moved from ukraine to crimea (${move.length ? areaKm2(need(toPoly(move), 'slivers')).toFixed(3) : 0} km²)`,
    );
    if (move.length) {
      crimea = union(crimea, need(toPoly(move), 'slivers'));
      ukraine = feat(need(toPoly(keep), 'ukraine'));
    }
  }
  lap('crimea');

  // --- The 100 km zone (measured over land) ----------------------------------------------
  const buffer = turf.buffer(src.border, RADIUS_KM, {
    units: 'kilometers',
    steps: BUFFER_STEPS,
  }) as PolyFeature;
  const straightZone = need(intersect(buffer, rus), 'buffer ∩ Russia');
  lap('100 km buffer');
  const ol = overLandExclusion({
    border,
    land: [rus.geometry, ukr.geometry],
    target: rus.geometry,
    window: OVERLAND_WINDOW,
    radiusKm: RADIUS_KM,
    cellKm: OVERLAND_CELL_KM,
    tolKm: OVERLAND_TOL_KM,
  });
  let zone = ol.exclusion ? need(difference(straightZone, ol.exclusion), 'zone') : straightZone;
  const dropped = dropSmallParts(zone.geometry, MIN_ZONE_PART_KM2);
  zone = feat(need(dropped.kept, 'zone'));
  lap(
    `over-land rule: removed ${(areaKm2(straightZone) - areaKm2(zone)).toFixed(0)} km² across Taganrog Bay; ${dropped.dropped.length} part(s) < ${MIN_ZONE_PART_KM2} km² left to deep-russia`,
  );

  // --- Kharkiv sector ----------------------------------------------------------------------
  const oblasts = src.uaAdmin.features
    .filter((f) => prop(f, 'borders_russia') === true)
    .map((f) => ({ iso: String(prop(f, 'iso_3166_2')), geometry: f.geometry }));
  const seg = findSegment(border, oblasts, lineProj, KHARKIV_OBLAST);
  const { region: sectorRegion } = await voronoiRegion(border, seg, lineProj);
  const kharkiv = need(intersect(zone, sectorRegion), 'kharkiv-sector');
  const borderZone = need(difference(zone, sectorRegion), 'border-zone');
  lap(`kharkiv sector: segment ${(seg.to - seg.from).toFixed(1)} km`);

  // --- Deep Russia -------------------------------------------------------------------------
  const deep = need(difference(rus, zone), 'deep-russia');
  lap('deep russia');

  // --- Mosaic, tiered simplification, dissolve (mapshaper, shared topology) ----------------
  const parts: Feature<Poly>[] = [];
  const zoneGeoms: Record<ZoneId, PolyFeature> = {
    crimea,
    'kharkiv-sector': kharkiv,
    'border-zone': borderZone,
    'deep-russia': deep,
    ukraine,
  };
  for (const id of ZONE_IDS)
    parts.push(
      feat(zoneGeoms[id].geometry, { fid: id, grp: id === 'crimea' || id === 'ukraine' ? 'ukr' : 'rus' }),
    );
  const countryNames: Record<string, string> = {};
  for (const f of src.countries.features) {
    const a3 = String(prop(f, 'adm0_a3'));
    if (a3 === 'RUS' || a3 === 'UKR') continue;
    const id = COUNTRY_MERGE[a3] ?? a3.toLowerCase();
    if (!COUNTRY_MERGE[a3])
      countryNames[id] = COUNTRY_NAMES[id] ?? String(prop(f, 'name_long') ?? prop(f, 'name'));
    parts.push(feat(f.geometry, { fid: id, grp: id }));
  }
  const tiers = fc(
    TIERS.map((tier, i) => {
      const box = turf.bboxPolygon(tier.bbox).geometry;
      const inner = i > 0 ? turf.bboxPolygon(TIERS[i - 1]!.bbox).geometry : null;
      return feat(
        inner
          ? { type: 'Polygon', coordinates: [box.coordinates[0]!, inner.coordinates[0]!.slice().reverse()] }
          : box,
        { tier: i + 1 },
      );
    }) as Feature<Poly>[],
  );
  const intervalExpr = TIERS.map((tr, i) =>
    i < TIERS.length - 1 ? `tier==${i + 1}?${tr.intervalM}:` : `${tr.intervalM}`,
  ).join('');
  const mosaic = await ms(
    `-i parts.json snap name=parts -i tiers.json name=tiers
     -union target=parts,tiers name=mosaic
     -filter "fid != null"
     -simplify variable interval="${intervalExpr}" keep-shapes
     -dissolve fid copy-fields=grp name=out
     -innerlines where="(A.grp=='ukr') != (B.grp=='ukr') && (A.grp=='rus' || B.grp=='rus')" + name=uaru
     -dissolve grp target=out + name=grp
     -o out.json target=out precision=${10 ** -DECIMALS} fix-geometry
     -o uaru.json target=uaru precision=${10 ** -DECIMALS} geojson-type=FeatureCollection
     -o grp.json target=grp precision=${10 ** -DECIMALS} fix-geometry`,
    { 'parts.json': fc(parts), 'tiers.json': tiers },
  );
  lap('mosaic + simplify');
  const byFid = new Map<string, Feature<Geometry>>();
  for (const f of mosaic['out.json']!.features) byFid.set(String(prop(f, 'fid')), f);
  const byGrp = new Map<string, Feature<Geometry>>();
  for (const f of mosaic['grp.json']!.features) byGrp.set(String(prop(f, 'grp')), f);

  // --- zones.geojson -----------------------------------------------------------------------
  const zonesOut: Feature<Poly>[] = ZONE_IDS.map((id) => {
    const g = cleanPoly(need(byFid.get(id), id).geometry as Poly);
    return feat(g, { id, name: ZONE_NAMES[id], area_km2: Math.round(areaKm2(g)) });
  });

  // --- context.geojson ---------------------------------------------------------------------
  const countriesOut: Feature<Geometry>[] = [...byFid.keys()]
    .filter((id) => !(ZONE_IDS as readonly string[]).includes(id))
    .sort()
    .map((id) =>
      feat(cleanPoly(byFid.get(id)!.geometry as Poly), { id, kind: 'country', name: countryNames[id] ?? id }),
    );

  const rusFinal = need(byGrp.get('rus'), 'rus').geometry as Poly;
  const ukrFinal = need(byGrp.get('ukr'), 'ukr').geometry as Poly;
  const regionsOut = await buildRegions(src, { RU: rusFinal, UA: ukrFinal });
  lap('regions');

  const borderLine = chainLines(
    mosaic['uaru.json']!.features.map((f) => f.geometry as LineString | MultiLineString),
  );
  const borderOut = feat<LineString>(
    { type: 'LineString', coordinates: borderLine },
    { id: 'ua-ru-border', kind: 'border', name: 'Ukraine–Russia land border' },
  );

  // --- write -------------------------------------------------------------------------------
  fs.mkdirSync(opts.outDir, { recursive: true });
  const files: BuildReport['files'] = [];
  const write = (name: string, text: string) => {
    const buf = Buffer.from(text, 'utf8');
    fs.writeFileSync(path.join(opts.outDir, name), buf);
    files.push({ name, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length });
  };
  write('zones.geojson', formatFc(zonesOut));
  write('context.geojson', formatFc([...countriesOut, ...regionsOut, borderOut]));
  write('cities.json', formatCities(src.cities));
  const zones = Object.fromEntries(zonesOut.map((f) => [f.properties!.id, f.properties!.area_km2])) as Record<
    ZoneId,
    number
  >;
  log(`  zones (km²): ${JSON.stringify(zones)}`);
  log(`  over-land raster: ${JSON.stringify(ol.stats)}`);
  log(
    `  kharkiv segment: ${JSON.stringify(seg.coords[0]!.map((v) => +v.toFixed(4)))} → ${JSON.stringify(seg.coords.at(-1)!.map((v) => +v.toFixed(4)))}`,
  );
  return {
    files,
    totalRaw: files.reduce((s, f) => s + f.raw, 0),
    totalGzip: files.reduce((s, f) => s + f.gzip, 0),
    zones,
  };
}

/** Region overlay: OSM admin-1 polygons conformed to the shipped national outline. */
async function buildRegions(src: Sources, country: { RU: Poly; UA: Poly }): Promise<Feature<Geometry>[]> {
  const out: Feature<Geometry>[] = [];
  // Simplify the admin layers once (topology-aware, so neighbours stay seamless).
  const wanted = new Set(NAMED_REGION_IDS.map((id) => NAMED_REGION_SOURCES[id].iso));
  // Only admin units near the named regions matter (neighbours decide the extension).
  const near = (f: Feature) => {
    const b = turf.bbox(f);
    return b[0] < 50 && b[2] > 20 && b[1] < 60 && b[3] > 40;
  };
  const simp = await ms(`-i a.json snap -simplify interval=${REGION_INTERVAL_M} keep-shapes -o a.json`, {
    'a.json': fc(
      [...src.ruAdmin.features, ...src.uaAdmin.features].filter(
        (f) => near(f) && !['UA-43', 'UA-40'].includes(String(prop(f, 'iso_3166_2'))),
      ),
    ),
  });
  const admin = simp['a.json']!.features as Feature<Poly>[];
  for (const id of NAMED_REGION_IDS) {
    const { iso, name } = NAMED_REGION_SOURCES[id];
    const f = admin.find((x) => prop(x, 'iso_3166_2') === iso);
    if (!f || !wanted.has(iso)) throw new Error(`region ${id}: ${iso} not in the admin-1 sources`);
    const cc = iso.slice(0, 2) as 'RU' | 'UA';
    // Extend into gaps up to REGION_CONFORM_KM that no other region of the same country claims
    // (the OSM and Natural Earth border lines differ by up to ~3 km), then clip to the country.
    const grown = turf.buffer(f, REGION_CONFORM_KM, { units: 'kilometers', steps: 4 }) as PolyFeature;
    const gbox = turf.bbox(grown);
    const others = admin.filter((x) => {
      if (x === f || !String(prop(x, 'iso_3166_2')).startsWith(cc)) return false;
      const b = turf.bbox(x);
      return !(b[0] > gbox[2] || b[2] < gbox[0] || b[1] > gbox[3] || b[3] < gbox[1]);
    });
    let ext: PolyFeature = grown;
    if (others.length) ext = need(difference(grown, union(...others)), `${id} extension`);
    const region = need(intersect(union(f, ext), country[cc]), id);
    // Rounding can pinch tiny slivers into bow-ties: drop parts under MIN_REGION_PART_KM2.
    const g = need(dropSmallParts(cleanPoly(region.geometry), MIN_REGION_PART_KM2).kept, id);
    out.push(feat(cleanPoly(g), { id, kind: 'region', name }));
  }
  return out;
}

// --- formatting & small geometry utilities ---------------------------------------------------

const SCALE = 10 ** DECIMALS;
const round = (v: number) => Math.round(v * SCALE) / SCALE;

/** Round, remove repeated vertices and degenerate rings/parts; RFC 7946 winding. */
function cleanPoly(g: Poly): Poly {
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
function chainLines(geoms: (LineString | MultiLineString)[]): Position[] {
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
function formatFc(features: Feature<Geometry>[]): string {
  const lines = features.map(
    (f) =>
      `{"type":"Feature","properties":${JSON.stringify(f.properties)},"geometry":${formatGeometry(f.geometry)}}`,
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

function formatCities(cities: City[]): string {
  return `[\n${cities.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`;
}
