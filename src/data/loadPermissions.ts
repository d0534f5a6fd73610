import type { PermissionsDataset } from '../domain/types';
import { ZONE_IDS, WEAPON_IDS } from '../domain/ids';
import type { VersionsIndex } from '../domain/versions';

export type { VersionEntry, VersionsIndex } from '../domain/versions';

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

/** Fetches public/data/versions.json: every published version with its change lines. */
export function loadVersions(
  resolve: (path: string) => string,
  fetchImpl: typeof fetch = fetch,
): Promise<VersionsIndex> {
  return fetchJson<VersionsIndex>(resolve('data/versions.json'), fetchImpl).then((index) => {
    if (!index || typeof index.current !== 'string' || !Array.isArray(index.versions))
      throw new Error('data/versions.json is not a versions index');
    return index;
  });
}

/**
 * Fetches the dataset: the current one, or a pinned published version (looked up in `versions`,
 * fetched here unless the caller already has it on the way). The build validates the
 * data in full (npm run check:data); here we only guard against a truncated or foreign file, so
 * the page reports a clear error instead of crashing.
 */
export async function loadPermissions(
  resolve: (path: string) => string,
  pinnedVersion: string | undefined,
  fetchImpl: typeof fetch = fetch,
  versions?: Promise<VersionsIndex>,
): Promise<PermissionsDataset> {
  let path = 'data/permissions.json';
  if (pinnedVersion) {
    const index = await (versions ?? loadVersions(resolve, fetchImpl));
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
