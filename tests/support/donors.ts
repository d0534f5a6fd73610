// The real donor datasets, built from data/donors/ by the same loader as check:data (public/data/
// is derived at build and absent in a fresh clone), with the US file as export:data writes it.
import { fileURLToPath } from 'node:url';
import { formatError } from '../../scripts/data/load-dataset';
import { loadDonors } from '../../scripts/data/load-donors';
import type { CompareDataset } from '../../src/domain/compare';
import type { DonorId } from '../../src/domain/donors';
import { publishedDataset, realDataset } from './dataset';
import { partsOf, type DonorPart } from '../../scripts/data/versions/donorParts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function load(): Map<DonorId, CompareDataset> {
  const result = loadDonors(`${ROOT}data/donors`, `${ROOT}data/permissions`, { today: '2026-11-22' });
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  const map = new Map<DonorId, CompareDataset>(result.donors.map((d) => [d.dataset.donor.id, d.dataset]));
  map.set('us', { ...publishedDataset(), donor: { id: 'us', name: 'United States' } });
  return map;
}

let cache: Map<DonorId, CompareDataset> | null = null;

export function donorDataset(id: DonorId): CompareDataset {
  cache ??= load();
  const d = cache.get(id);
  if (!d) throw new Error(`no donor ${id}`);
  return d;
}

/** The other donors' parts of a data version, as `npm run data:snapshot` files them now. */
export function currentDonorParts(): DonorPart[] {
  const result = loadDonors(`${ROOT}data/donors`, `${ROOT}data/permissions`, { today: '2026-11-22' });
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return partsOf(result, realDataset());
}
