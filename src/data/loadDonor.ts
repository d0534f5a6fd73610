import type { DonorId } from '../domain/donors';
import type { CompareDataset } from '../domain/compare';
import type { Dataset } from '../domain/dataset';
import { DonorDatasetSchema } from '../data-schema/donorDatasetSchema';
import { firstProblem } from '../data-schema/datasetSchema';
import { fetchJson, loadPermissions, type LoadOptions } from './loadPermissions';

/**
 * The dataset of one donor, checked against its schema. For the US it is permissions.json, the
 * app's existing path (pinned versions included), so nothing changes for the US. The other
 * donors' files (public/data/donors/<id>.json) are not versioned yet: a pinned version applies to
 * the US data only, and a donor's current file is loaded (docs/donors.md).
 */
export async function loadDonorDataset(
  resolve: (path: string) => string,
  donorId: DonorId,
  pinnedVersion?: string,
  options: LoadOptions = {},
): Promise<Dataset> {
  if (donorId === 'us') return loadPermissions(resolve, pinnedVersion, options);
  const url = resolve(`data/donors/${donorId}.json`);
  const data = await fetchJson(url, options);
  const parsed = DonorDatasetSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${url} is not a valid donor dataset: ${firstProblem(parsed.error)}`);
  if (parsed.data.donor.id !== donorId) throw new Error(`${url} is the dataset of ${parsed.data.donor.id}`);
  return data as Dataset;
}

/**
 * A donor's dataset for the comparison, which needs to know whose it is: permissions.json (the
 * US) does not say, every other donor's file does. Always the current data (the view says so).
 */
export async function loadComparedDataset(
  resolve: (path: string) => string,
  donorId: DonorId,
  options: LoadOptions = {},
): Promise<CompareDataset> {
  const data = await loadDonorDataset(resolve, donorId, undefined, options);
  return { ...data, donor: data.donor ?? { id: 'us', name: 'United States' } };
}
