// Published dataset versions, so an embed can pin one (`?v=…`) and a course page does not change
// under its readers. Each export also files the current data under public/data/versions/<version>/;
// earlier versions stay there (committed, never rewritten), and versions.json lists them all.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface VersionsIndex {
  current: string;
  versions: { version: string; reviewedThrough: string; json: string; csv: string }[];
}

export function publishVersion(dataDir: string, version: string, json: string, csv: string): VersionsIndex {
  const versionsDir = join(dataDir, 'versions');
  const dir = join(versionsDir, version);
  const jsonPath = join(dir, 'permissions.json');
  // A published version is immutable: a changed dataset needs a new `version` in meta.yaml.
  if (existsSync(jsonPath) && readFileSync(jsonPath, 'utf8') !== json) {
    throw new Error(
      `data version "${version}" is already published with different content: give the dataset a new version in data/permissions/meta.yaml`,
    );
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(jsonPath, json);
  writeFileSync(join(dir, 'permissions.csv'), csv);
  const versions = readdirSync(versionsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(versionsDir, d.name, 'permissions.json')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const { reviewedThrough } = JSON.parse(
        readFileSync(join(versionsDir, name, 'permissions.json'), 'utf8'),
      ) as { reviewedThrough: string };
      return {
        version: name,
        reviewedThrough,
        json: `data/versions/${name}/permissions.json`,
        csv: `data/versions/${name}/permissions.csv`,
      };
    });
  const index: VersionsIndex = { current: version, versions };
  writeFileSync(join(dataDir, 'versions.json'), `${JSON.stringify(index, null, 1)}\n`);
  return index;
}
