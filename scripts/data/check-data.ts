// npm run check:data — validate data/permissions/*.yaml; exit 1 with one line per problem.

import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { formatError, loadDataset } from './load-dataset';
import { checkReachData } from './sites/reachData';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = join(root, 'data', 'permissions');
const result = loadDataset(dir);

if (!result.ok) {
  console.error(`data/permissions: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}:`);
  for (const e of result.errors) console.error(`  ${formatError(e)}`);
  process.exit(1);
}
const { stats, dataset } = result;
console.log(
  `data/permissions OK: version ${dataset.version}, reviewed through ${dataset.reviewedThrough}; ` +
    `${stats.events} events (${stats.usEvents} US), ${stats.sources} sources, ${stats.transitions} transitions → ${stats.epochs} epochs.`,
);
if (!checkReachData(root)) process.exit(1);
