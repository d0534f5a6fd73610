import type { z } from 'zod';
import type { PermissionsDataset } from '../domain/types';
import { DatasetSchema, firstProblem, VersionsIndexSchema } from '../data-schema/datasetSchema';

/** public/data/versions.json, written by scripts/data/publish-versions.ts. */
export type VersionsIndex = z.infer<typeof VersionsIndexSchema>;

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

async function fetchJson(url: string, { fetchImpl = fetch, timeoutMs = FETCH_TIMEOUT_MS }: LoadOptions) {
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

/**
 * Fetches the dataset: the current one, or a pinned published version, and checks it against the
 * schema the build uses (src/data-schema), meaning included, so a truncated, foreign or corrupted
 * file gives a clear message instead of a stuck or wrong page.
 */
export async function loadPermissions(
  resolve: (path: string) => string,
  pinnedVersion: string | undefined,
  options: LoadOptions = {},
): Promise<PermissionsDataset> {
  let path = 'data/permissions.json';
  if (pinnedVersion) {
    const indexUrl = resolve('data/versions.json');
    const parsed = VersionsIndexSchema.safeParse(await fetchJson(indexUrl, options));
    if (!parsed.success)
      throw new Error(`${indexUrl} is not a versions index: ${firstProblem(parsed.error)}`);
    const entry = parsed.data.versions.find((v) => v.version === pinnedVersion);
    if (!entry) throw new UnknownVersionError(pinnedVersion, parsed.data.current);
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
