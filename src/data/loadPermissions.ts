import type { PermissionsDataset } from '../domain/types';
import type { VersionsIndex } from '../domain/versions';
import { DatasetSchema, firstProblem, VersionsIndexSchema } from '../data-schema/datasetSchema';

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

/** How long one file may take before the page says so and offers a retry. */
export const FETCH_TIMEOUT_MS = 20_000;

export interface LoadOptions {
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

/** Fetches one JSON file with a timeout; every failure is an Error whose message says what happened. */
export async function fetchJson(
  url: string,
  { fetchImpl = fetch, timeoutMs = FETCH_TIMEOUT_MS }: LoadOptions,
) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, { signal: controller.signal });
    } catch {
      throw new Error(
        controller.signal.aborted
          ? `${url} did not answer within ${Math.round(timeoutMs / 1000)} s`
          : `${url} could not be reached (are you offline?)`,
      );
    }
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    try {
      return (await response.json()) as unknown;
    } catch {
      throw new Error(
        controller.signal.aborted
          ? `${url} did not arrive within ${Math.round(timeoutMs / 1000)} s`
          : `${url} is not JSON (is the file missing from the server?)`,
      );
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Fetches public/data/versions.json (every published version with its change lines), checked. */
export async function loadVersions(
  resolve: (path: string) => string,
  options: LoadOptions = {},
): Promise<VersionsIndex> {
  const url = resolve('data/versions.json');
  const parsed = VersionsIndexSchema.safeParse(await fetchJson(url, options));
  if (!parsed.success) throw new Error(`${url} is not a versions index: ${firstProblem(parsed.error)}`);
  return parsed.data;
}

/**
 * Fetches the dataset: the current one, or a pinned published version (looked up in `versions`,
 * fetched here unless the caller already has it on the way), and checks it against the schema
 * the build uses (src/data-schema), meaning included, so a truncated, foreign or corrupted file
 * gives a clear message instead of a stuck or wrong page.
 */
export async function loadPermissions(
  resolve: (path: string) => string,
  pinnedVersion: string | undefined,
  options: LoadOptions = {},
  versions?: Promise<VersionsIndex>,
): Promise<PermissionsDataset> {
  let path = 'data/permissions.json';
  if (pinnedVersion) {
    const index = await (versions ?? loadVersions(resolve, options));
    const entry = index.versions.find((v) => v.version === pinnedVersion);
    if (!entry) throw new UnknownVersionError(pinnedVersion, index.current);
    path = entry.json;
  }
  const url = resolve(path);
  const data = await fetchJson(url, options);
  const problem = datasetProblem(data);
  if (problem) throw new Error(`${url} is not a valid permissions dataset: ${problem}`);
  return data as PermissionsDataset;
}

/** Null when `data` is a dataset the engine can show; otherwise the first problem, in words. */
export function datasetProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not an object';
  try {
    const parsed = DatasetSchema.safeParse(data);
    return parsed.success ? null : firstProblem(parsed.error);
  } catch (error) {
    // A check that trips over data broken in a way no rule foresaw: still a refusal, in words.
    return error instanceof Error ? error.message : String(error);
  }
}
