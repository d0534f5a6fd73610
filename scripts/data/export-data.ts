// npm run export:data — validate data/permissions/*.yaml and write public/data/permissions.json
// and public/data/permissions.csv, and file them as a pinnable version (publish-versions.ts); write
// the translations of the data texts, one file per language: public/data/i18n/<lang>.json.
// Deterministic: running it twice gives the same bytes.

import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatError, loadDataset } from './load-dataset';
import { toCsv, toJson } from './serialize';
import { publishVersion } from './publish-versions';
import { runTranslations } from './i18n/run';
import { exportTable } from './i18n/check-translations';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const result = loadDataset(join(root, 'data', 'permissions'));
if (!result.ok) {
  console.error(
    `export:data: data/permissions is invalid (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):`,
  );
  for (const e of result.errors) console.error(`  ${formatError(e)}`);
  process.exit(1);
}

const outDir = join(root, 'public', 'data');
mkdirSync(outDir, { recursive: true });
const json = toJson(result.dataset);
const csv = toCsv(result.dataset);
writeFileSync(join(outDir, 'permissions.json'), json);
writeFileSync(join(outDir, 'permissions.csv'), csv);
let published;
try {
  published = publishVersion(outDir, result.dataset.version, json, csv);
} catch (error) {
  console.error(`export:data: ${(error as Error).message}`);
  process.exit(1);
}
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
    `published versions: ${published.versions.map((v) => v.version).join(', ')} (current ${published.current}).`,
);
