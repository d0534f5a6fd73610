// npm run export:data — validate data/permissions/*.yaml and write public/data/permissions.json
// and public/data/permissions.csv, and file them as a pinnable version (publish-versions.ts).
// Deterministic: running it twice gives the same bytes.

import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatError, loadDataset } from './load-dataset';
import { toCsv, toJson } from './serialize';
import { publishVersion } from './publish-versions';
import { exportReachData } from './sites/reachData';

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
exportReachData(root, outDir);
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(
  `export:data: public/data/permissions.json ${kb(Buffer.byteLength(json))} (gzip ${kb(gzipSync(json, { level: 9 }).length)}), ` +
    `permissions.csv ${kb(Buffer.byteLength(csv))}; ${result.stats.epochs} epochs, ${result.stats.events} events; ` +
    `published versions: ${published.versions.map((v) => v.version).join(', ')} (current ${published.current}).`,
);
