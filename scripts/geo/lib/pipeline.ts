// The geodata pipeline: vendored sources (data/geo-src) -> public/geo/{zones,context}.geojson
// and cities.json. One stage per file in pipeline/; rules and tolerances: docs/geodata.md.
import * as turf from '@turf/turf';
import type { ZoneId } from '../../../src/domain/ids.ts';
import { aeqd } from './plane.ts';
import type { Poly } from './geom.ts';
import { pick, need, readSources } from './pipeline/sources.ts';
import { crimeaAndUkraine, hundredKmZone, kharkivSplit } from './pipeline/zones.ts';
import { buildMosaic } from './pipeline/mosaic.ts';
import { buildRegions } from './pipeline/regionOverlay.ts';
import {
  borderFeature,
  countryFeatures,
  writeOutputs,
  zoneAreas,
  zoneFeatures,
  type WrittenFile,
} from './pipeline/outputs.ts';
import { difference } from './geom.ts';

export interface BuildReport {
  files: WrittenFile[];
  totalRaw: number;
  totalGzip: number;
  zones: Record<ZoneId, number>;
}

/** Logs each stage with the time it took since the previous one. */
function stageTimer(log: (m: string) => void) {
  let t = Date.now();
  return (what: string) => {
    log(`  ${what} (${Date.now() - t} ms)`);
    t = Date.now();
  };
}

export async function buildGeo(opts: {
  srcDir: string;
  outDir: string;
  log?: (m: string) => void;
}): Promise<BuildReport> {
  const log = opts.log ?? (() => {});
  const lap = stageTimer(log);
  const src = readSources(opts.srcDir);
  const rus = pick(src.countries, 'adm0_a3', 'RUS');
  const ukr = pick(src.countries, 'adm0_a3', 'UKR');
  const [bw, bs, be, bn] = turf.bbox(src.border);
  const lineProj = aeqd((bw + be) / 2, (bs + bn) / 2);

  const { crimea, ukraine } = crimeaAndUkraine(src, ukr, log);
  lap('crimea');
  const { zone, overLand } = hundredKmZone(src, rus, ukr, lap);
  const { segment, kharkiv, borderZone } = await kharkivSplit(src, zone, lineProj);
  lap(`kharkiv sector: segment ${(segment.to - segment.from).toFixed(1)} km`);
  const deep = need(difference(rus, zone), 'deep-russia');
  lap('deep russia');

  const zoneGeoms = {
    crimea,
    'kharkiv-sector': kharkiv,
    'border-zone': borderZone,
    'deep-russia': deep,
    ukraine,
  };
  const mosaic = await buildMosaic(src, zoneGeoms);
  lap('mosaic + simplify');
  const zones = zoneFeatures(mosaic);
  const countries = countryFeatures(mosaic);
  const rusFinal = need(mosaic.byGrp.get('rus'), 'rus').geometry as Poly;
  const ukrFinal = need(mosaic.byGrp.get('ukr'), 'ukr').geometry as Poly;
  const regions = await buildRegions(src, { RU: rusFinal, UA: ukrFinal });
  lap('regions');

  const files = writeOutputs(opts.outDir, {
    zones,
    context: [...countries, ...regions, borderFeature(mosaic)],
    cities: src.cities,
  });
  const areas = zoneAreas(zones);
  log(`  zones (km²): ${JSON.stringify(areas)}`);
  log(`  over-land raster: ${JSON.stringify(overLand.stats)}`);
  log(
    `  kharkiv segment: ${JSON.stringify(segment.coords[0]!.map((v) => +v.toFixed(4)))} → ${JSON.stringify(segment.coords.at(-1)!.map((v) => +v.toFixed(4)))}`,
  );
  return {
    files,
    totalRaw: files.reduce((s, f) => s + f.raw, 0),
    totalGzip: files.reduce((s, f) => s + f.gzip, 0),
    zones: areas,
  };
}
