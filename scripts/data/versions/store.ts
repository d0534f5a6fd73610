// data/versions/: the published snapshots, oldest first.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { snapshotText, type Snapshot } from './snapshot';

export function readSnapshots(dir: string): Snapshot[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const s = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Snapshot;
      if (`${s.version}.json` !== name) throw new Error(`data/versions/${name} holds version ${s.version}`);
      return s;
    });
}

export function writeSnapshot(dir: string, s: Snapshot): void {
  writeFileSync(join(dir, `${s.version}.json`), snapshotText(s));
}
