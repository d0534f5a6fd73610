// npm run data:snapshot — file the current data (data/permissions/, and the other donors of
// data/donors/) as the snapshot of its version (meta.yaml `version`) in data/versions/, with its
// change lines: those worked out from the difference to the previous version, plus the
// hand-written `changes` of meta.yaml.
//
// Only the newest version may be (re)written: run it again after any data change, or after
// merging branches that touch data/permissions/, until the version is released. Older versions
// are frozen: this refuses to touch them, and check:data refuses them changed.

import { mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { formatError, loadDataset } from './load-dataset';
import { datasetOf, deriveFiles, makeSnapshot } from './versions/snapshot';
import { readSnapshots, writeSnapshot } from './versions/store';
import { changeLines } from './versions/changes';
import { loadDonors } from './load-donors';
import { partsOf } from './versions/donorParts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = join(root, 'data', 'permissions');
const donorsDir = join(root, 'data', 'donors');
const versionsDir = join(root, 'data', 'versions');
const fail = (message: string): never => {
  console.error(`data:snapshot: ${message}`);
  process.exit(1);
};

const result = loadDataset(dataDir);
if (!result.ok)
  fail(`data/permissions is invalid:\n${result.errors.map((e) => `  ${formatError(e)}`).join('\n')}`);
if (!result.ok) process.exit(1);
const { dataset, transitions, changes: handWritten } = result;

const snapshots = readSnapshots(versionsDir);
const newest = snapshots[snapshots.length - 1];
if (newest && dataset.version < newest.version)
  fail(
    `version "${dataset.version}" is older than the newest published version "${newest.version}": published versions are frozen; give the dataset a new version in data/permissions/meta.yaml`,
  );
const previous = snapshots.filter((s) => s.version < dataset.version).at(-1) ?? null;
if (previous) deriveFiles(previous);
const changes = changeLines(previous ? datasetOf(previous) : null, dataset, handWritten);

const donors = loadDonors(donorsDir, dataDir);
if (!donors.ok)
  fail(`data/donors is invalid:\n${donors.errors.map((e) => `  ${formatError(e)}`).join('\n')}`);
if (!donors.ok) process.exit(1);

mkdirSync(versionsDir, { recursive: true });
const snapshot = makeSnapshot(dataset, transitions, changes, partsOf(donors, dataset));
writeSnapshot(versionsDir, snapshot);
const size = statSync(join(versionsDir, `${dataset.version}.json`)).size;
console.log(
  `data:snapshot: data/versions/${dataset.version}.json (${(size / 1024).toFixed(1)} kB)` +
    `${previous ? `, against ${previous.version}` : ''}; ${changes.length} change line${changes.length === 1 ? '' : 's'}:`,
);
for (const line of changes) console.log(`  - ${line}`);
