// Published dataset versions, so an embed can pin one (`?v=…`) and a course page does not change
// under its readers. The repository keeps one compact snapshot per version (data/versions/, see
// versions/snapshot.ts); each export derives the served files from them: public/data/versions/
// <version>/permissions.json and .csv, and public/data/versions.json listing every version with
// its change lines. From 2026-12-02 a version also serves the other donors' files,
// public/data/versions/<version>/donors/<id>.json, listed in its entry's `donors`.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VersionsIndex } from '../../src/data/loadPermissions';
import { deriveFiles, sha256, type Snapshot } from './versions/snapshot';
import { toJson } from './serialize';
import type { PermissionsDataset } from '../../src/domain/types';
import type { DonorPart } from './versions/donorParts';

export type { VersionsIndex };

/**
 * Why the current data cannot be served as the newest snapshot, or null if it can. `donors` are
 * the other donors' parts as the data stands now (donorParts.ts `partsOf`).
 */
export function currentProblem(
  dataset: PermissionsDataset,
  snapshots: readonly Snapshot[],
  donors: readonly DonorPart[],
): string | null {
  const newest = snapshots[snapshots.length - 1];
  const fix = 'run `npm run data:snapshot` (docs/data.md, "Data versions")';
  if (!newest) return `no published version in data/versions/: ${fix}`;
  const own = snapshots.find((s) => s.version === dataset.version);
  if (own && own !== newest)
    return `data version "${dataset.version}" is already published and newer versions exist (${newest.version}): published versions are frozen; give the dataset a new version in data/permissions/meta.yaml`;
  if (!own) return `data version "${dataset.version}" (meta.yaml) has no snapshot in data/versions/: ${fix}`;
  if (sha256(toJson(dataset)) !== own.sha256.json)
    return `data/permissions has changed since data/versions/${own.version}.json was written: ${fix}`;
  const published = new Map((own.donors ?? []).map((p) => [p.donor.id, p.sha256]));
  const changed = donors.filter((p) => published.get(p.donor.id) !== p.sha256).map((p) => p.donor.id);
  if (changed.length > 0 || published.size !== donors.length)
    return `data/donors has changed since data/versions/${own.version}.json was written (${changed.join(', ') || 'the list of donors'}): ${fix}`;
  return null;
}

export function versionsIndex(snapshots: readonly Snapshot[]): VersionsIndex {
  return {
    current: snapshots[snapshots.length - 1]!.version,
    versions: snapshots.map((s) => ({
      version: s.version,
      reviewedThrough: s.reviewedThrough,
      json: `data/versions/${s.version}/permissions.json`,
      csv: `data/versions/${s.version}/permissions.csv`,
      changes: [...s.changes],
      ...(s.donors
        ? {
            donors: Object.fromEntries(
              s.donors.map((p) => [p.donor.id, `data/versions/${s.version}/donors/${p.donor.id}.json`]),
            ),
          }
        : {}),
    })),
  };
}

/** Writes every version's files and versions.json into dataDir (public/data); throws if a published version would change. */
export function publishVersions(dataDir: string, snapshots: readonly Snapshot[]): VersionsIndex {
  for (const s of snapshots) {
    const { json, csv, donors } = deriveFiles(s);
    const dir = join(dataDir, 'versions', s.version);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'permissions.json'), json);
    writeFileSync(join(dir, 'permissions.csv'), csv);
    if (donors.length > 0) mkdirSync(join(dir, 'donors'), { recursive: true });
    for (const donor of donors) writeFileSync(join(dir, 'donors', `${donor.id}.json`), donor.json);
  }
  const index = versionsIndex(snapshots);
  writeFileSync(join(dataDir, 'versions.json'), `${JSON.stringify(index, null, 1)}\n`);
  return index;
}
