// Entry points for `npm run check:data` and `npm run export:data`: the sites (data/sites/) and the
// weapon ranges (weapons.yaml `ranges:`), checked together, and exported as
// public/data/sites.json, sites.csv and ranges.json (contract: docs/data.md).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayIso } from '../../../src/domain/dates';
import { createZoneLookup, type ZoneFeatureCollection } from '../../../src/domain/geo/zoneLookup';
import type { RangesDataset } from '../../../src/domain/reach';
import type { Site, SitesDataset } from '../../../src/domain/sites';
import { loadRanges, type RangesByWeapon } from './ranges';
import { loadSites } from './loadSites';
import { readStateDomains } from './stateDomains';
import { sitesToCsv } from './sitesCsv';
import { formatProblem, type Problem } from './yamlFile';

export type ReachData =
  { ok: true; sites: Site[]; ranges: RangesByWeapon } | { ok: false; problems: Problem[] };

/** Where the inputs are: the repository root, or (in tests) a fixture with the same layout. */
export interface ReachPaths {
  root: string;
  /** The zones geometry (default: the repository's public/geo/zones.geojson). */
  zonesFile?: string;
  today?: string;
}

export function loadReachData({ root, zonesFile, today = todayIso() }: ReachPaths): ReachData {
  const problems: Problem[] = [];
  const zonesPath = zonesFile ?? join(root, 'public/geo/zones.geojson');
  const zones = JSON.parse(readFileSync(zonesPath, 'utf8')) as ZoneFeatureCollection;
  const ctx = { zoneAt: createZoneLookup(zones), stateDomains: readStateDomains(root), today };
  const ranges = loadRanges(root, problems);
  const sites = loadSites(root, ctx, problems);
  return ranges && sites && problems.length === 0 ? { ok: true, sites, ranges } : { ok: false, problems };
}

function report(result: Extract<ReachData, { ok: false }>, what: string): void {
  const n = result.problems.length;
  console.error(`${what}: ${n} problem${n === 1 ? '' : 's'}:`);
  for (const p of result.problems) console.error(`  ${formatProblem(p)}`);
}

/** Prints the result of the checks; false when there is a problem. */
export function checkReachData(root: string): boolean {
  const result = loadReachData({ root });
  if (!result.ok) {
    report(result, 'data/sites and weapon ranges');
    return false;
  }
  const rangeCount = Object.values(result.ranges).reduce((n, list) => n + list.length, 0);
  const strikes = result.sites.reduce((n, s) => n + s.strikes.length, 0);
  console.log(
    `data/sites OK: ${result.sites.length} sites (${strikes} sourced strikes); ${rangeCount} weapon ranges.`,
  );
  return true;
}

/** Writes sites.json, sites.csv and ranges.json into outDir; exits the process on a problem. */
export function exportReachData(root: string, outDir: string): void {
  const result = loadReachData({ root });
  if (!result.ok) {
    report(result, 'export:data: data/sites or weapon ranges are invalid');
    process.exit(1);
  }
  const sites: SitesDataset = { sites: result.sites };
  const ranges: RangesDataset = { ranges: result.ranges };
  writeFileSync(join(outDir, 'sites.json'), `${JSON.stringify(sites)}\n`);
  writeFileSync(join(outDir, 'sites.csv'), sitesToCsv(result.sites));
  writeFileSync(join(outDir, 'ranges.json'), `${JSON.stringify(ranges)}\n`);
  console.log(`export:data: public/data/sites.json (${result.sites.length} sites), sites.csv, ranges.json.`);
}
