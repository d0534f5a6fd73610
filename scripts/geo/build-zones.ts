// Build the geometry the app ships (public/geo/*) from the vendored boundary data in
// data/geo-src/. Deterministic: same input, same bytes. See docs/geodata.md.
//
//   npm run build:geo                 # writes public/geo/
//   npm run build:geo -- --out <dir>  # writes elsewhere (used by the reproducibility test)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGeo, type BuildReport } from './lib/pipeline.ts';
import { GZIP_BUDGET_BYTES } from './lib/config.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function parseArgs(argv: string[]): { out: string } {
  let out = path.join(root, 'public/geo');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') {
      const v = argv[++i];
      if (!v) throw new Error('--out needs a directory');
      out = path.resolve(v);
    } else if (a.startsWith('--out=')) out = path.resolve(a.slice('--out='.length));
    else throw new Error(`unknown argument: ${a} (usage: build-zones.ts [--out <dir>])`);
  }
  return { out };
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}

async function main() {
  const { out } = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const report: BuildReport = await buildGeo({
    srcDir: path.join(root, 'data/geo-src'),
    outDir: out,
    log: (m) => console.log(m),
  });
  console.log(`\nwrote ${out} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log('file'.padEnd(18) + 'raw'.padStart(12) + 'gzip'.padStart(12));
  for (const f of report.files)
    console.log(f.name.padEnd(18) + kb(f.raw).padStart(12) + kb(f.gzip).padStart(12));
  console.log(
    'total'.padEnd(18) +
      kb(report.totalRaw).padStart(12) +
      kb(report.totalGzip).padStart(12) +
      `   (budget ${kb(GZIP_BUDGET_BYTES)} gzip)`,
  );
  if (report.totalGzip > GZIP_BUDGET_BYTES) {
    console.error(
      `\nFAIL: shipped geometry is ${kb(report.totalGzip)} gzip, over the ${kb(GZIP_BUDGET_BYTES)} budget`,
    );
    process.exit(1);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
