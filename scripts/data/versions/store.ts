// data/versions/: the published snapshots, oldest first, and in data/versions/donors/ the donor
// parts they name (shared by every version in which that donor's record did not change).

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordText, snapshotText, type Snapshot } from './snapshot';
import { partFileName, type DonorPart } from './donorParts';

const PARTS_DIR = 'donors';

type StoredSnapshot = Omit<Snapshot, 'donors'> & { donors?: string[] };

function readPart(dir: string, name: string, version: string): DonorPart {
  const path = join(dir, PARTS_DIR, name);
  if (!existsSync(path))
    throw new Error(`data/versions/${version}.json names ${PARTS_DIR}/${name}, which is missing`);
  const part = JSON.parse(readFileSync(path, 'utf8')) as DonorPart;
  if (partFileName(part) !== name)
    throw new Error(
      `data/versions/${PARTS_DIR}/${name} has changed since it was published (its name is its hash)`,
    );
  return part;
}

export function readSnapshots(dir: string): Snapshot[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const stored = JSON.parse(readFileSync(join(dir, name), 'utf8')) as StoredSnapshot;
      if (`${stored.version}.json` !== name)
        throw new Error(`data/versions/${name} holds version ${stored.version}`);
      const { donors, ...rest } = stored;
      return donors ? { ...rest, donors: donors.map((part) => readPart(dir, part, stored.version)) } : rest;
    });
}

/** Writes the snapshot and its parts; the newest version's earlier parts, now unused, are removed. */
export function writeSnapshot(dir: string, s: Snapshot): void {
  const names = (s.donors ?? []).map((part) => {
    const name = partFileName(part);
    mkdirSync(join(dir, PARTS_DIR), { recursive: true });
    writeFileSync(join(dir, PARTS_DIR, name), recordText(part, ['weaponIds', 'eventIds']));
    return name;
  });
  writeFileSync(join(dir, `${s.version}.json`), snapshotText(s, names));
  for (const name of unusedParts(dir, readSnapshots(dir))) rmSync(join(dir, PARTS_DIR, name));
}

/** Donor parts no version names (left behind when the newest version was written again). */
export function unusedParts(dir: string, snapshots: readonly Snapshot[]): string[] {
  const partsDir = join(dir, PARTS_DIR);
  if (!existsSync(partsDir)) return [];
  const named = new Set(snapshots.flatMap((s) => (s.donors ?? []).map(partFileName)));
  return readdirSync(partsDir).filter((name) => !named.has(name));
}
