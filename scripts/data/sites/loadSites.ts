// data/sites/sites.yaml: shape (src/data-schema/sites.ts), unique ids, coordinates inside Russia
// or Crimea (by the shipped zones), state-affiliated outlets flagged, strike dates in range.

import { join } from 'node:path';
import { TIMELINE_START } from '../../../src/domain/ids';
import type { ZoneId } from '../../../src/domain/ids';
import type { Site } from '../../../src/domain/sites';
import type { ZoneLookup } from '../../../src/domain/geo/zoneLookup';
import { SiteSchema } from '../../../src/data-schema/sites';
import { issuePath, readYamlFile, type Problem } from './yamlFile';
import { stateDomainOf } from './stateDomains';

export const SITES_FILE = 'data/sites/sites.yaml';
const ALLOWED_ZONES = new Set(['crimea', 'kharkiv-sector', 'border-zone', 'deep-russia']);
/** Bridges, ports and naval bases may stand in water: they take the zone of the nearest land this close. */
const WATER_KINDS = new Set(['bridge', 'port', 'naval-base']);
const WATER_MAX_KM = 10;

/** The zone at the point, or for a site in water the zone nearest to it (rings of 0.5 km, 16 bearings). */
export function siteZone(
  site: { kind: string; coordinates: readonly number[] },
  zoneAt: ZoneLookup,
): ZoneId | null {
  const [lng, lat] = site.coordinates as [number, number];
  const here = zoneAt(lng, lat);
  if (here || !WATER_KINDS.has(site.kind)) return here;
  for (let km = 0.5; km <= WATER_MAX_KM; km += 0.5) {
    for (let k = 0; k < 16; k++) {
      const bearing = (k * Math.PI) / 8;
      const dLat = (km / 111.2) * Math.cos(bearing);
      const dLng = ((km / 111.2) * Math.sin(bearing)) / Math.cos((lat * Math.PI) / 180);
      const zone = zoneAt(lng + dLng, lat + dLat);
      if (zone) return zone;
    }
  }
  return null;
}

export interface SiteContext {
  zoneAt: ZoneLookup;
  stateDomains: readonly string[];
  today: string;
}

type Sourced = { url: string; stateAffiliated: boolean };

function sourceProblems(sources: readonly Sourced[], where: string, ctx: SiteContext): string[] {
  return sources.flatMap((s, i) => {
    const domain = stateDomainOf(s.url, ctx.stateDomains);
    return domain && !s.stateAffiliated
      ? [`${where}[${i}]: ${s.url} is on the state-affiliated domain ${domain}: set stateAffiliated: true`]
      : [];
  });
}

function siteProblems(
  site: Omit<Site, 'zone'>,
  ctx: SiteContext,
): { path: PropertyKey[]; message: string }[] {
  const out: { path: PropertyKey[]; message: string }[] = [];
  const [lng, lat] = site.coordinates;
  const zone = siteZone(site, ctx.zoneAt);
  if (!zone || !ALLOWED_ZONES.has(zone))
    out.push({
      path: ['coordinates'],
      message: `coordinates [${lng}, ${lat}] are ${zone ? `in the zone "${zone}"` : `outside every zone${WATER_KINDS.has(site.kind) ? ` and over ${WATER_MAX_KM} km from land` : ''}`}; a site must lie in Russia or Crimea (check the order: [longitude, latitude])`,
    });
  for (const m of sourceProblems(site.sources, 'sources', ctx)) out.push({ path: ['sources'], message: m });
  site.strikes.forEach((strike, i) => {
    const day = strike.date.length === 7 ? `${strike.date}-31` : strike.date;
    if (day < TIMELINE_START || strike.date > ctx.today)
      out.push({
        path: ['strikes', i, 'date'],
        message: `strikes[${i}].date ${strike.date} is outside ${TIMELINE_START} … today`,
      });
    if (strike.weapons.length === 0)
      out.push({
        path: ['strikes', i, 'weapons'],
        message: `strikes[${i}].weapons must name at least one weapon class`,
      });
    for (const m of sourceProblems(strike.sources, `strikes[${i}].sources`, ctx))
      out.push({ path: ['strikes', i], message: m });
  });
  return out;
}

export function loadSites(root: string, ctx: SiteContext, problems: Problem[]): Site[] | null {
  const yaml = readYamlFile(join(root, SITES_FILE), SITES_FILE, problems);
  if (!yaml) return null;
  if (!Array.isArray(yaml.data)) {
    problems.push({ file: SITES_FILE, message: 'sites.yaml must be a list of sites' });
    return null;
  }
  const before = problems.length;
  const seen = new Set<string>();
  const sites: Site[] = [];
  // Each site is checked on its own, so one malformed record does not hide the others' problems.
  (yaml.data as unknown[]).forEach((raw, i) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const label = typeof rawId === 'string' ? `site "${rawId}"` : `site ${i + 1}`;
    const report = (path: readonly PropertyKey[], message: string) =>
      problems.push({ file: SITES_FILE, line: yaml.lineOf([i, ...path]), message: `${label}: ${message}` });
    const parsed = SiteSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        report(issue.path, `${issuePath(issue.path)}: ${issue.message}`);
      return;
    }
    const site = parsed.data;
    if (seen.has(site.id)) report(['id'], 'duplicate id');
    seen.add(site.id);
    for (const p of siteProblems(site, ctx)) report(p.path, p.message);
    const zone = siteZone(site, ctx.zoneAt);
    if (zone) sites.push({ ...site, coordinates: [site.coordinates[0], site.coordinates[1]], zone });
  });
  return problems.length === before ? sites.sort((a, b) => a.id.localeCompare(b.id)) : null;
}
