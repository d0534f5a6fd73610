import type { PermissionsDataset } from '../domain/types';
import { ZONE_IDS, WEAPON_IDS } from '../domain/ids';

/** One published data version, as listed in public/data/versions.json. */
export interface VersionEntry {
  version: string;
  reviewedThrough: string;
  json: string;
  csv: string;
  /** What this version changes against the one before: plain English sentences (data texts). */
  changes: string[];
}

/** public/data/versions.json, written by scripts/data/publish-versions.ts; oldest version first. */
export interface VersionsIndex {
  current: string;
  versions: VersionEntry[];
}

/** A pinned version that the site does not publish: refused, with the way to the current data. */
export class UnknownVersionError extends Error {
  constructor(
    readonly requested: string,
    readonly current: string,
  ) {
    super(`Data version “${requested}” is not published here. The current version is ${current}.`);
    this.name = 'UnknownVersionError';
  }
}

async function fetchJson<T>(url: string, fetchImpl: typeof fetch): Promise<T> {
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  try {
    return (await response.json()) as T;
  } catch {
    throw new Error(`${url} is not JSON (is the file missing from the server?)`);
  }
}

/**
 * Fetches the dataset: the current one, or a pinned published version. The build validates the
 * data in full (npm run check:data); here we only guard against a truncated or foreign file, so
 * the page reports a clear error instead of crashing.
 */
export async function loadPermissions(
  resolve: (path: string) => string,
  pinnedVersion: string | undefined,
  fetchImpl: typeof fetch = fetch,
): Promise<PermissionsDataset> {
  let path = 'data/permissions.json';
  if (pinnedVersion) {
    const index = await fetchJson<VersionsIndex>(resolve('data/versions.json'), fetchImpl);
    const entry = index.versions.find((v) => v.version === pinnedVersion);
    if (!entry) throw new UnknownVersionError(pinnedVersion, index.current);
    path = entry.json;
  }
  const url = resolve(path);
  const data = await fetchJson<Partial<PermissionsDataset>>(url, fetchImpl);
  const problem = shapeProblem(data);
  if (problem) throw new Error(`${url} is not a permissions dataset: ${problem}`);
  return data as PermissionsDataset;
}

export function shapeProblem(data: Partial<PermissionsDataset> | null): string | null {
  if (!data || typeof data !== 'object') return 'not an object';
  if (typeof data.version !== 'string') return 'missing version';
  if (typeof data.reviewedThrough !== 'string') return 'missing reviewedThrough';
  if (!Array.isArray(data.events)) return 'missing events';
  if (!Array.isArray(data.epochs) || data.epochs.length === 0) return 'missing epochs';
  for (const [i, epoch] of data.epochs.entries()) {
    for (const zone of ZONE_IDS) {
      for (const weapon of WEAPON_IDS) {
        if (!epoch?.statuses?.[zone]?.[weapon]?.status) return `epoch ${i} lacks ${zone}/${weapon}`;
      }
    }
  }
  return null;
}
