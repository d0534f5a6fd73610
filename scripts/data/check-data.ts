// npm run check:data — validate data/permissions/*.yaml, data/donors/ and the translations in data/i18n;
// exit 1 with one line per problem.

import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { formatError, loadDataset } from './load-dataset';
import { currentProblem } from './publish-versions';
import { deriveFiles } from './versions/snapshot';
import { readSnapshots, unusedParts } from './versions/store';
import { partsOf } from './versions/donorParts';
import { checkReachData } from './sites/reachData';
import { printProblems, runTranslations } from './i18n/run';
import { loadDonors } from './load-donors';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = join(root, 'data', 'permissions');
const result = loadDataset(dir);

if (!result.ok) {
  console.error(`data/permissions: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}:`);
  for (const e of result.errors) console.error(`  ${formatError(e)}`);
  process.exit(1);
}
const { stats, dataset } = result;
// The donor comparison (data/donors/): every donor checked with the same rules as the US.
const donors = loadDonors(join(root, 'data', 'donors'), dir);
if (!donors.ok) {
  console.error(`data/donors: ${donors.errors.length} problem${donors.errors.length === 1 ? '' : 's'}:`);
  for (const e of donors.errors) console.error(`  ${formatError(e)}`);
  process.exit(1);
}
// The published versions: each still derives to the bytes it was published with, and the newest
// is the current data (older ones are frozen).
const versionsDir = join(root, 'data', 'versions');
let snapshots: ReturnType<typeof readSnapshots> = [];
try {
  snapshots = readSnapshots(versionsDir);
} catch (error) {
  console.error(`data/versions: ${(error as Error).message}`);
  process.exit(1);
}
const problems: string[] = [];
for (const s of snapshots) {
  try {
    deriveFiles(s);
  } catch (error) {
    problems.push((error as Error).message);
  }
}
const current = currentProblem(dataset, snapshots, partsOf(donors, dataset));
if (current) problems.push(current);
for (const name of unusedParts(versionsDir, snapshots))
  problems.push(`data/versions/donors/${name} is named by no version: remove it`);
if (problems.length > 0) {
  console.error(`data/versions: ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(
  `data/permissions OK: version ${dataset.version}, reviewed through ${dataset.reviewedThrough}; ` +
    `${stats.events} events (${stats.usEvents} US), ${stats.sources} sources, ${stats.transitions} transitions → ${stats.epochs} epochs; ` +
    `published versions ${snapshots.map((s) => s.version).join(', ')}.`,
);
console.log(
  `data/donors OK: ${donors.registry.length} donors; ${donors.donors.reduce((n, d) => n + d.transitions.length, 0)} transitions, ` +
    `${donors.events.length} donor events (besides the shared ones).`,
);
if (!checkReachData(root)) process.exit(1);

const translations = runTranslations(root, result, donors);
if (translations.warnings.length > 0) {
  console.warn(`data/i18n: ${translations.warnings.length} warning(s):`);
  printProblems(translations.warnings, console.warn);
}
if (translations.errors.length > 0) {
  console.error(
    `data/i18n: ${translations.errors.length} problem${translations.errors.length === 1 ? '' : 's'}:`,
  );
  printProblems(translations.errors, console.error);
  process.exit(1);
}
console.log(
  `data/i18n OK: ${translations.files.map((f) => `${f.lang} ${f.entries.size} texts`).join(', ')}.`,
);
