import type { PermissionsDataset } from '../domain/types';
import { ZONE_IDS, WEAPON_IDS } from '../domain/ids';

/**
 * Fetches the published dataset. The build validates it in full (npm run check:data); here we only
 * guard against a truncated or foreign file, so the page reports a clear error instead of crashing.
 */
export async function loadPermissions(url: string, fetchImpl: typeof fetch = fetch): Promise<PermissionsDataset> {
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  let data: Partial<PermissionsDataset>;
  try {
    data = (await response.json()) as Partial<PermissionsDataset>;
  } catch {
    throw new Error(`${url} is not JSON (is the file missing from the server?)`);
  }
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
