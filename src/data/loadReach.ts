// Fetches the sites and weapon ranges (public/data/sites.json, ranges.json) after the
// permissions: the first view does not wait for them. The build validates them in full
// (npm run check:data); here we only refuse a file of the wrong shape with a clear message.

import { WEAPON_IDS, type WeaponId } from '../domain/ids';
import type { ReachData } from '../domain/placeSelection';
import type { RangesDataset } from '../domain/reach';
import type { SitesDataset } from '../domain/sites';

async function fetchJson<T>(url: string, fetchImpl: typeof fetch): Promise<T> {
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

export function reachShapeProblem(
  sites: Partial<SitesDataset>,
  ranges: Partial<RangesDataset>,
): string | null {
  if (!Array.isArray(sites?.sites)) return 'sites.json has no list of sites';
  for (const site of sites.sites) {
    const c = site?.coordinates;
    if (
      typeof site?.id !== 'string' ||
      !Array.isArray(c) ||
      typeof c[0] !== 'number' ||
      typeof c[1] !== 'number'
    )
      return 'sites.json has a site without an id or coordinates';
  }
  const byWeapon = ranges?.ranges as Partial<Record<WeaponId, unknown>> | undefined;
  for (const id of WEAPON_IDS)
    if (!Array.isArray(byWeapon?.[id])) return `ranges.json lacks the list for ${id}`;
  return null;
}

export async function loadReach(
  resolve: (path: string) => string,
  fetchImpl: typeof fetch = fetch,
): Promise<ReachData> {
  const [sites, ranges] = await Promise.all([
    fetchJson<Partial<SitesDataset>>(resolve('data/sites.json'), fetchImpl),
    fetchJson<Partial<RangesDataset>>(resolve('data/ranges.json'), fetchImpl),
  ]);
  const problem = reachShapeProblem(sites, ranges);
  if (problem) throw new Error(problem);
  return { sites: (sites as SitesDataset).sites, ranges: (ranges as RangesDataset).ranges };
}
