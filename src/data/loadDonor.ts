import type { DonorId } from '../domain/donors';
import type { CompareDataset } from '../domain/compare';
import type { Dataset } from '../domain/dataset';
import { currentDonorFile, pinnedDonorFile, type VersionsIndex } from '../domain/versions';
import { DonorDatasetSchema } from '../data-schema/donorDatasetSchema';
import { firstProblem } from '../data-schema/datasetSchema';
import {
  fetchJson,
  loadPermissions,
  loadVersions,
  UnknownVersionError,
  type LoadOptions,
} from './loadPermissions';

/** Where a pinned view takes the donor's file from, and whether it had to use the current one. */
export interface DonorSource {
  /** The pinned version, if any. */
  pinnedVersion?: string;
  /** versions.json on its way (the page loads it anyway); fetched here if not given. */
  versions?: Promise<VersionsIndex>;
  /** Told when a pinned version predates the donors' versioned files, so the page can say so. */
  onUnversioned?: (version: string) => void;
}

async function donorPath(
  resolve: (path: string) => string,
  donorId: DonorId,
  source: DonorSource,
  options: LoadOptions,
) {
  const { pinnedVersion } = source;
  if (!pinnedVersion) return currentDonorFile(donorId);
  const index = await (source.versions ?? loadVersions(resolve, options));
  const entry = index.versions.find((v) => v.version === pinnedVersion);
  if (!entry) throw new UnknownVersionError(pinnedVersion, index.current);
  const file = pinnedDonorFile(entry, donorId);
  if (!file) throw new Error(`data version ${pinnedVersion} has no file for donor “${donorId}”`);
  if (file.unversioned) source.onUnversioned?.(pinnedVersion);
  return file.path;
}

/**
 * The dataset of one donor, checked against its schema. For the US it is permissions.json, the
 * app's existing path, so nothing changes for the US. A pinned view takes each donor's file of
 * its version (public/data/versions/<v>/donors/<id>.json); a version published before the donors
 * were versioned has none, so the current file is shown and `onUnversioned` says so.
 */
export async function loadDonorDataset(
  resolve: (path: string) => string,
  donorId: DonorId,
  source: DonorSource = {},
  options: LoadOptions = {},
): Promise<Dataset> {
  if (donorId === 'us') return loadPermissions(resolve, source.pinnedVersion, options, source.versions);
  const url = resolve(await donorPath(resolve, donorId, source, options));
  const data = await fetchJson(url, options);
  const parsed = DonorDatasetSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${url} is not a valid donor dataset: ${firstProblem(parsed.error)}`);
  if (parsed.data.donor.id !== donorId) throw new Error(`${url} is the dataset of ${parsed.data.donor.id}`);
  return data as Dataset;
}

/**
 * A donor's dataset for the comparison, which needs to know whose it is: permissions.json (the
 * US) does not say, every other donor's file does.
 */
export async function loadComparedDataset(
  resolve: (path: string) => string,
  donorId: DonorId,
  source: DonorSource = {},
  options: LoadOptions = {},
): Promise<CompareDataset> {
  const data = await loadDonorDataset(resolve, donorId, source, options);
  return { ...data, donor: data.donor ?? { id: 'us', name: 'United States' } };
}
