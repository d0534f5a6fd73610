// npm run export:data — validate data/permissions/*.yaml and write the served files, all derived:
// public/data/permissions.json and .csv (the current version), every published version under
// public/data/versions/<version>/ (from the snapshots in data/versions/), and versions.json.
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
import { exportReachData } from './sites/reachData';
import { runTranslations } from './i18n/run';
import { exportTable } from './i18n/check-translations';

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

const snapshots = readSnapshots(join(root, 'data', 'versions'));
const problem = currentProblem(result.dataset, snapshots);
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
// Missing translations fail `npm run check:data`; the export still writes what there is (the app
// shows English, marked as such, for the rest) so a build in progress keeps working.
const translations = runTranslations(root, result);
mkdirSync(join(outDir, 'i18n'), { recursive: true });
for (const file of translations.files)
  writeFileSync(join(outDir, 'i18n', `${file.lang}.json`), exportTable(file, translations.used));
if (translations.errors.length > 0)
  console.warn(`export:data: ${translations.errors.length} translation problem(s); run npm run check:data`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(
  `export:data: public/data/permissions.json ${kb(Buffer.byteLength(json))} (gzip ${kb(gzipSync(json, { level: 9 }).length)}), ` +
    `permissions.csv ${kb(Buffer.byteLength(csv))}; ${result.stats.epochs} epochs, ${result.stats.events} events; ` +
    `published versions: ${published!.versions.map((v) => v.version).join(', ')} (current ${published!.current}).`,
);
