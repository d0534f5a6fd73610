// npm run export:data — validate data/permissions/*.yaml and write the served files, all derived:
// public/data/permissions.json and .csv (the current version), every published version under
// public/data/versions/<version>/ (from the snapshots in data/versions/), and versions.json.
// It also writes the donor comparison (public/data/donors/<id>.json, donors.json, donors.csv).
// It also writes the translations of the data texts, one file per language: public/data/i18n/<lang>.json.
// Deterministic: running it twice gives the same bytes.

import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatError, loadDataset } from './load-dataset';
import { toCsv, toJson } from './serialize';
import { currentProblem, publishVersions } from './publish-versions';
import { readSnapshots } from './versions/store';
import { partsOf } from './versions/donorParts';
import { exportReachData } from './sites/reachData';
import { runTranslations } from './i18n/run';
import { exportTable } from './i18n/check-translations';
import { loadDonors } from './load-donors';
import { toDonorsCsv } from './serialize';
import type { DonorListEntry } from '../../src/domain/donors';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fail = (message: string): never => {
  console.error(`export:data: ${message}`);
  process.exit(1);
};

const result = loadDataset(join(root, 'data', 'permissions'));
if (!result.ok)
  fail(
    `data/permissions is invalid (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):\n` +
      result.errors.map((e) => `  ${formatError(e)}`).join('\n'),
  );
if (!result.ok) process.exit(1);

const donors = loadDonors(join(root, 'data', 'donors'), join(root, 'data', 'permissions'));
if (!donors.ok)
  fail(
    `data/donors is invalid (${donors.errors.length} problem${donors.errors.length === 1 ? '' : 's'}):\n` +
      donors.errors.map((e) => `  ${formatError(e)}`).join('\n'),
  );
if (!donors.ok) process.exit(1);

const snapshots = readSnapshots(join(root, 'data', 'versions'));
const problem = currentProblem(result.dataset, snapshots, partsOf(donors, result.dataset));
if (problem) fail(problem);

const outDir = join(root, 'public', 'data');
mkdirSync(outDir, { recursive: true });
const json = toJson(result.dataset);
const csv = toCsv(result.dataset);
writeFileSync(join(outDir, 'permissions.json'), json);
writeFileSync(join(outDir, 'permissions.csv'), csv);
let published;
try {
  published = publishVersions(outDir, snapshots);
} catch (error) {
  fail((error as Error).message);
}
exportReachData(root, outDir);

// The donor comparison: public/data/donors/<id>.json (permissions.json's shape plus `donor`; the
// US file is permissions.json itself plus `donor`), the list donors.json, and donors.csv
// (permissions.csv's columns with `donor` first). permissions.json stays the US file.
mkdirSync(join(outDir, 'donors'), { recursive: true });
const usRef = donors.registry.find((d) => d.id === 'us')!;
const usDonor = { donor: { id: usRef.id, name: usRef.name }, ...result.dataset };
const donorFiles = [
  { dataset: usDonor, transitions: result.stats.transitions },
  ...donors.donors.map((d) => ({ dataset: d.dataset, transitions: d.transitions.length })),
];
const donorList: DonorListEntry[] = donorFiles.map(({ dataset, transitions }) => {
  const file = `donors/${dataset.donor.id}.json`;
  writeFileSync(join(outDir, file), toJson(dataset as never));
  return {
    id: dataset.donor.id,
    name: dataset.donor.name,
    file,
    classes: dataset.weapons.map((w) => w.id),
    counts: { transitions, epochs: dataset.epochs.length, events: dataset.events.length },
  };
});
writeFileSync(
  join(outDir, 'donors.json'),
  `${JSON.stringify({ version: result.dataset.version, reviewedThrough: result.dataset.reviewedThrough, donors: donorList })}\n`,
);
const donorsCsv = toDonorsCsv(donorFiles.map((d) => d.dataset));
writeFileSync(join(outDir, 'donors.csv'), donorsCsv);
// Missing translations fail `npm run check:data`; the export still writes what there is (the app
// shows English, marked as such, for the rest) so a build in progress keeps working.
const translations = runTranslations(root, result, donors);
mkdirSync(join(outDir, 'i18n'), { recursive: true });
for (const file of translations.files)
  writeFileSync(join(outDir, 'i18n', `${file.lang}.json`), exportTable(file, translations.used));
if (translations.errors.length > 0)
  console.warn(`export:data: ${translations.errors.length} translation problem(s); run npm run check:data`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(
  `export:data: public/data/permissions.json ${kb(Buffer.byteLength(json))} (gzip ${kb(gzipSync(json, { level: 9 }).length)}), ` +
    `permissions.csv ${kb(Buffer.byteLength(csv))}; ${result.stats.epochs} epochs, ${result.stats.events} events; ` +
    `donors: ${donorList.length} files, donors.csv ${kb(Buffer.byteLength(donorsCsv))}; ` +
    `published versions: ${published!.versions.map((v) => v.version).join(', ')} (current ${published!.current}).`,
);
