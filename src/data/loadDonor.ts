// One donor's published file (public/data/donors/<id>.json), checked, for the donor comparison.
// Same fetch, timeout and wording as the US data (loadPermissions.ts). Pinned versions are not
// published per donor yet: the comparison always reads the current files (the view says so).

import type { DonorDataset, DonorId, UsDonorDataset } from '../domain/donors';
import { DonorDatasetSchema } from '../data-schema/donorDatasetSchema';
import { firstProblem } from '../data-schema/datasetSchema';
import { datasetProblem, fetchJson, type LoadOptions } from './loadPermissions';

export type AnyDonorDataset = DonorDataset | UsDonorDataset;

/** Fetches and checks one donor's dataset; `pinnedVersion` is accepted and not used yet. */
export async function loadDonorDataset(
  resolve: (path: string) => string,
  donorId: DonorId,
  pinnedVersion?: string,
  options: LoadOptions = {},
): Promise<AnyDonorDataset> {
  void pinnedVersion;
  const url = resolve(`data/donors/${donorId}.json`);
  const data = await fetchJson(url, options);
  const problem = donorProblem(data, donorId);
  if (problem) throw new Error(`${url} is not a valid donor dataset: ${problem}`);
  return data as AnyDonorDataset;
}

function donorProblem(data: unknown, donorId: DonorId): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not an object';
  const donor = (data as { donor?: { id?: unknown } }).donor;
  if (donor?.id !== donorId) return `donor.id is not “${donorId}”`;
  if (donorId === 'us') return datasetProblem(data);
  try {
    const parsed = DonorDatasetSchema.safeParse(data);
    return parsed.success ? null : firstProblem(parsed.error);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
