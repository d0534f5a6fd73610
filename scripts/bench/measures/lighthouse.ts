// Lighthouse 12 (mobile preset: simulated slow 4G and 4× CPU slowdown) on the app and the floor,
// side by side in one Chromium. Reported, never a target: its simulation is another machine's view.
import { spawn, type ChildProcess } from 'node:child_process';
import lighthouse from 'lighthouse';
import { chromiumPath, CHROMIUM_ARGS } from '../../browser/chromium';
import { log, ORIGIN, type PageId, type PageSpec } from '../config';
import { round } from '../stats';

const DEBUG_PORT = Number(process.env['BENCH_LIGHTHOUSE_PORT'] ?? 9231);
const AUDITS = {
  firstContentfulPaint: 'first-contentful-paint',
  largestContentfulPaint: 'largest-contentful-paint',
  speedIndex: 'speed-index',
  totalBlockingTime: 'total-blocking-time',
  cumulativeLayoutShift: 'cumulative-layout-shift',
} as const;

export type LighthouseResult = {
  page: PageId;
  score: number;
  lcpElement: string;
  /** Lighthouse's own error for the run (e.g. NO_FCP), else empty: its figures are then empty too. */
  runtimeError: string;
} & Record<keyof typeof AUDITS, number>;

async function startChromium(): Promise<ChildProcess> {
  const child = spawn(
    chromiumPath(),
    ['--headless=new', `--remote-debugging-port=${DEBUG_PORT}`, ...CHROMIUM_ARGS, 'about:blank'],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${DEBUG_PORT}/json/version`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`Chromium did not open its debugging port ${DEBUG_PORT}`);
}

function lcpElementOf(lhr: { audits: Record<string, { details?: unknown }> }): string {
  const details = lhr.audits['largest-contentful-paint-element']?.details as
    { items?: { items?: { node?: { selector?: string; nodeLabel?: string } }[] }[] } | undefined;
  const node = details?.items?.[0]?.items?.[0]?.node;
  return node ? `${node.selector ?? ''} (${(node.nodeLabel ?? '').slice(0, 40)})` : '';
}

export async function measureLighthouse(pages: PageSpec[]): Promise<LighthouseResult[]> {
  const chrome = await startChromium();
  const results: LighthouseResult[] = [];
  try {
    for (const spec of pages) {
      log(`  lighthouse (mobile) ${spec.id}…`);
      const runner = await lighthouse(`${ORIGIN}/${spec.path}`, {
        port: DEBUG_PORT,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      if (!runner) throw new Error(`lighthouse returned nothing for ${spec.id}`);
      const { lhr } = runner;
      const figures = Object.fromEntries(
        Object.entries(AUDITS).map(([key, id]) => [
          key,
          round(lhr.audits[id]?.numericValue ?? Number.NaN, 3),
        ]),
      ) as Record<keyof typeof AUDITS, number>;
      results.push({
        page: spec.id,
        score: round((lhr.categories['performance']?.score ?? Number.NaN) * 100, 0),
        lcpElement: lcpElementOf(lhr),
        runtimeError: lhr.runtimeError?.code ?? '',
        ...figures,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
