// npm run bench: benchmarks of the BUILT app against a floor (bench/floor/: the same map in bare
// MapLibre, nothing else), in Debian's Chromium with software WebGL2 (SwiftShader).
// Method, definitions and the latest figures: docs/performance.md. Writes bench/results.json.
//
// Environment: BENCH_DIST (default dist), BENCH_PORT (default 4190), BENCH_RUNS (first-coloured-map
// runs per page, default 7), BENCH_SLIDER_ROUNDS (slider sweeps per page, default 2),
// BENCH_MEMORY_SWEEPS (default 20).
//
// Exits non-zero only when a measurement fails (a page never draws, a sweep does not reach the
// end, ...). A missed budget is reported, not fatal.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { chromiumPath, CHROMIUM_ARGS } from '../../tests/browser/support/chromium';
import { createEngine } from '../../src/domain/engine';
import { addDays, todayIso } from '../../src/domain/dates';
import { TIMELINE_START, ZONE_IDS, type StatusId, type ZoneId } from '../../src/domain/ids';
import type { PermissionsDataset } from '../../src/domain/types';
import type { FloorHook } from '../../bench/floor/floor.ts';
import { FLOOR_STATUSES } from '../../bench/floor/statuses';
import { fileForPath, startStaticServer } from './server';
import { memorySweepsInPage, sliderSweepInPage, type SliderSweepResult } from './inPage';
import { kb, max, MB, median, percentile, round } from './stats';

// The type import brings bench/floor/floor.ts (and its `window.floor` declaration) into
// `npm run typecheck`, which tsconfig.json's "include" would otherwise leave out.
export type { FloorHook };

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, process.env['BENCH_DIST'] ?? 'dist');
const PORT = Number(process.env['BENCH_PORT'] ?? 4190);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 7));
const SLIDER_ROUNDS = Math.max(1, Number(process.env['BENCH_SLIDER_ROUNDS'] ?? 2));
const MEMORY_SWEEPS = Math.max(2, Number(process.env['BENCH_MEMORY_SWEEPS'] ?? 20));
const MEMORY_STEPS_PER_FRAME = 16;
const VIEWPORT = { width: 1280, height: 860 };
const RESULTS = resolve(ROOT, 'bench/results.json');

// The performance marks set by src/map/mapAdapter.ts (and bench/floor/floor.ts). Not imported:
// the adapter module pulls in MapLibre and its CSS, which Node cannot load.
const MARKS = {
  mapCreated: 'permission-map:map-created',
  sourcesLoaded: 'permission-map:sources-loaded',
  statusesApplied: 'permission-map:statuses-applied',
  firstColoured: 'permission-map:first-coloured-frame',
} as const;
const FIRST_COLOURED_FRAME_MARK = MARKS.firstColoured;

const BUDGET = {
  transferRatio: 1.25,
  firstColouredRatio: 1.3,
  sliderP95Ratio: 1.5,
  memoryGrowthBytes: 2 * MB,
};

type PageId = 'app' | 'embed' | 'floor';
interface PageSpec {
  id: PageId;
  /** Path and query, relative to the site root. */
  path: string;
  /** How the page is driven: through window.permissionMap or window.floor. */
  hook: 'permissionMap' | 'floor';
}

class MeasurementError extends Error {}

const started = Date.now();
/** 1-minute load average at each progress line: the machine is shared, and this says how busy it was. */
const loads: number[] = [];
function log(message: string): void {
  const s = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  const load = loadavg()[0]!;
  loads.push(load);
  console.log(`[${s}s load ${load.toFixed(1)}] ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Browser plumbing

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  // tsx (esbuild keepNames) may wrap functions we pass to page.evaluate in __name(): define it.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  return context;
}

/** Navigates and waits for the first coloured frame (mark) and for the map to be idle. */
async function openPage(context: BrowserContext, spec: PageSpec, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${spec.id}: ${error.message}`));
  await page.goto(`${ORIGIN}/${spec.path}`);
  try {
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      FIRST_COLOURED_FRAME_MARK,
      {
        timeout: 60_000,
        polling: 50,
      },
    );
  } catch {
    throw new MeasurementError(
      `${spec.id}: no first coloured frame within 60 s (${errors.join('; ') || 'no page error'})`,
    );
  }
  const idle = await page.evaluate(
    (hook) =>
      (hook === 'floor' ? window.floor?.whenIdle(30_000) : window.permissionMap?.whenIdle(30_000)) ??
      Promise.resolve(true),
    spec.hook,
  );
  if (!idle) throw new MeasurementError(`${spec.id}: the map never became idle`);
  return page;
}

function gzipSize(buffer: Buffer): number {
  return gzipSync(buffer, { level: 9 }).length;
}

function brotliSize(buffer: Buffer): number {
  return brotliCompressSync(buffer, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;
}

// ---------------------------------------------------------------------------------------------
// 2. Transfer

interface TransferFile {
  file: string;
  kind: string;
  raw: number;
  gzip: number;
  brotli: number;
}
interface TransferResult {
  page: PageId;
  files: TransferFile[];
  total: { raw: number; gzip: number; brotli: number };
  unmatched: string[];
}

function kindOf(file: string): string {
  if (file.endsWith('.html')) return 'html';
  if (file.includes('maplibre-gl-worker')) return 'worker';
  if (file.endsWith('.js')) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.geojson')) return 'geometry';
  if (file.endsWith('.json') || file.endsWith('.csv')) return 'data';
  return 'other';
}

async function measureTransfer(browser: Browser, spec: PageSpec, errors: string[]): Promise<TransferResult> {
  const context = await newContext(browser);
  try {
    const urls: string[] = [];
    const failed: string[] = [];
    context.on('requestfinished', (request) => urls.push(request.url()));
    context.on('requestfailed', (request) =>
      failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`),
    );
    const page = await openPage(context, spec, errors);
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    if (failed.length > 0) throw new MeasurementError(`${spec.id}: requests failed: ${failed.join(', ')}`);
    const files = new Map<string, TransferFile>();
    const unmatched: string[] = [];
    for (const url of urls) {
      if (!url.startsWith(ORIGIN)) {
        unmatched.push(url);
        continue;
      }
      const path = fileForPath(DIST, new URL(url).pathname);
      if (!path) {
        unmatched.push(url);
        continue;
      }
      const file = relative(DIST, path);
      if (files.has(file)) continue;
      const buffer = readFileSync(path);
      files.set(file, {
        file,
        kind: kindOf(file),
        raw: buffer.length,
        gzip: gzipSize(buffer),
        brotli: brotliSize(buffer),
      });
    }
    const list = [...files.values()].sort((a, b) => b.gzip - a.gzip);
    const total = list.reduce(
      (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
      { raw: 0, gzip: 0, brotli: 0 },
    );
    return { page: spec.id, files: list, total, unmatched };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 3. First coloured map

interface FirstColouredRun {
  page: PageId;
  run: number;
  /** Navigation start → first frame drawn with the zones in their status colours (ms). */
  firstColoured: number;
  /** Breakdown, ms since navigation start: the map object is created (MapLibre starts). */
  mapCreated: number;
  /** … the zones and context GeoJSON are loaded and tiled (in MapLibre's worker). */
  sourcesLoaded: number;
  /** … the statuses are handed to MapLibre (app: once both the sources and the dataset are in). */
  statusesApplied: number;
  /** … the dataset (data/permissions.json) has arrived (app only). */
  dataLoaded: number;
  domContentLoaded: number;
}

async function measureFirstColoured(
  browser: Browser,
  spec: PageSpec,
  run: number,
  errors: string[],
): Promise<FirstColouredRun> {
  const context = await newContext(browser);
  try {
    const page = await openPage(context, spec, errors);
    const marks = await page.evaluate((names) => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const data = performance
        .getEntriesByType('resource')
        .find((e) => e.name.includes('data/permissions.json')) as PerformanceResourceTiming | undefined;
      return {
        firstColoured: at(names.firstColoured),
        mapCreated: at(names.mapCreated),
        sourcesLoaded: at(names.sourcesLoaded),
        statusesApplied: at(names.statusesApplied),
        dataLoaded: data?.responseEnd ?? Number.NaN,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? Number.NaN,
      };
    }, MARKS);
    return { page: spec.id, run, ...marks };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Slider cost

async function measureSlider(
  browser: Browser,
  spec: PageSpec,
  days: readonly Record<ZoneId, StatusId>[],
  errors: string[],
): Promise<SliderSweepResult> {
  const context = await newContext(browser);
  try {
    const page = await openPage(context, spec, errors);
    await prepareSlider(page, spec, days);
    const result = await page.evaluate(sliderSweepInPage);
    if (!result.reachedEnd)
      throw new MeasurementError(`${spec.id}: the slider sweep did not reach the last day`);
    if (result.steps !== days.length - 1)
      throw new MeasurementError(`${spec.id}: ${result.steps} slider steps, expected ${days.length - 1}`);
    return result;
  } finally {
    await context.close();
  }
}

async function prepareSlider(
  page: Page,
  spec: PageSpec,
  days: readonly Record<ZoneId, StatusId>[],
): Promise<void> {
  if (spec.hook === 'floor') {
    await page.evaluate((sequence) => window.floor!.setSequence(sequence), days);
    await page.evaluate(() => window.floor!.whenIdle(30_000));
  }
  // The app's slider is in the page once the data is loaded (it is, after the first coloured frame).
  await page.locator('[role="slider"]').first().waitFor({ timeout: 30_000 });
}

function summariseSweeps(sweeps: SliderSweepResult[], recolourDays: ReadonlySet<number>) {
  const latency = sweeps.flatMap((s) => s.latency);
  const work = sweeps.flatMap((s) => s.work);
  const intervals = sweeps.flatMap((s) => s.frameIntervals);
  const frameMedian = median(intervals);
  const longTasks = sweeps.flatMap((s) => s.longTasks);
  return {
    sweeps: sweeps.length,
    perSweepP95: sweeps.map((s) => round(percentile(s.latency, 95))),
    stepsPerSweep: sweeps[0]?.steps ?? 0,
    latency: {
      p50: round(percentile(latency, 50)),
      p95: round(percentile(latency, 95)),
      max: round(max(latency)),
    },
    work: { p50: round(percentile(work, 50)), p95: round(percentile(work, 95)), max: round(max(work)) },
    frames: {
      count: intervals.length,
      medianInterval: round(frameMedian),
      /** Frame intervals longer than 1.5 × the median interval. */
      dropped: intervals.filter((i) => i > 1.5 * frameMedian).length,
    },
    longTasks: {
      count: longTasks.length,
      maxMs: longTasks.length ? round(max(longTasks.map((t) => t.duration))) : 0,
      list: longTasks.map((t) => ({
        duration: round(t.duration),
        step: t.step,
        day: addDays(TIMELINE_START, t.step + 1),
        recolourDay: recolourDays.has(t.step + 1),
      })),
    },
    wallSeconds: round(sweeps.reduce((t, s) => t + s.wallMs, 0) / 1000),
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Memory

interface MemoryResult {
  page: PageId;
  heapAfter1: number;
  heapAfterN: number;
  growth: number;
  sweeps: number;
  wallSeconds: number;
}

async function measureMemory(
  browser: Browser,
  spec: PageSpec,
  days: readonly Record<ZoneId, StatusId>[],
  errors: string[],
): Promise<MemoryResult> {
  const context = await newContext(browser);
  try {
    const page = await openPage(context, spec, errors);
    await prepareSlider(page, spec, days);
    const cdp = await context.newCDPSession(page);
    const heapAfterGc = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const first = await page.evaluate(memorySweepsInPage, {
      sweeps: 1,
      stepsPerFrame: MEMORY_STEPS_PER_FRAME,
    });
    const heapAfter1 = await heapAfterGc();
    log(`  ${spec.id}: heap after 1 sweep ${kb(heapAfter1)}; ${MEMORY_SWEEPS - 1} more sweeps…`);
    const rest = await page.evaluate(memorySweepsInPage, {
      sweeps: MEMORY_SWEEPS - 1,
      stepsPerFrame: MEMORY_STEPS_PER_FRAME,
    });
    if (!first.reachedEnd || !rest.reachedEnd)
      throw new MeasurementError(`${spec.id}: a memory sweep did not reach the last day`);
    const heapAfterN = await heapAfterGc();
    return {
      page: spec.id,
      heapAfter1,
      heapAfterN,
      growth: heapAfterN - heapAfter1,
      sweeps: MEMORY_SWEEPS,
      wallSeconds: round((first.wallMs + rest.wallMs) / 1000),
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Printing

function table(rows: (string | number)[][], header: string[]): string {
  const all = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i] ?? '').length)));
  const line = (r: (string | number)[]) =>
    r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

const ratio = (a: number, b: number) => round(a / b, 2);

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (!existsSync(resolve(DIST, 'index.html')))
    throw new MeasurementError(`${DIST}/index.html is missing: run npm run build`);
  if (!existsSync(resolve(DIST, 'bench/floor/index.html'))) {
    throw new MeasurementError(
      `${DIST}/bench/floor/index.html is missing: the build did not include the floor page (vite.config.ts)`,
    );
  }
  const hasEmbed = existsSync(resolve(DIST, 'embed/index.html'));

  // The per-day statuses the app shows (all weapons), from the built dataset: what the floor's
  // slider steps through, and what the app's first view must match the floor's fixed statuses.
  const dataset = JSON.parse(
    readFileSync(resolve(DIST, 'data/permissions.json'), 'utf8'),
  ) as PermissionsDataset;
  const engine = createEngine(dataset);
  const today = todayIso();
  const days: Record<ZoneId, StatusId>[] = [];
  for (let d = TIMELINE_START; d <= today; d = addDays(d, 1)) days.push(engine.levelsAt(d, 'all'));
  let recolourCalls = 0;
  /** Indices of the days on which the map recolours (some zone's status differs from the day before). */
  const recolourDays = new Set<number>();
  for (let i = 1; i < days.length; i++) {
    for (const zone of ZONE_IDS) {
      if (days[i]![zone] !== days[i - 1]![zone]) {
        recolourCalls++;
        recolourDays.add(i);
      }
    }
  }
  const notes: string[] = [];
  const todayStatuses = days[days.length - 1]!;
  const floorMismatch = ZONE_IDS.filter((z) => todayStatuses[z] !== FLOOR_STATUSES[z]);
  if (floorMismatch.length > 0) {
    notes.push(
      `The floor's fixed statuses (bench/floor/statuses.ts) differ from today's for ${floorMismatch.join(', ')}: update them.`,
    );
  }

  log(`benchmarking ${relative(ROOT, DIST) || '.'}${hasEmbed ? ' (app, embed, floor)' : ' (app, floor)'}`);
  const server = await startStaticServer(DIST, PORT);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const errors: string[] = [];
  try {
    const chromiumVersion = browser.version();
    log(`Chromium ${chromiumVersion} serving ${ORIGIN}/, ${cpus().length} CPUs`);

    // The floor's map gets the app's map canvas size, so both draw the same number of pixels.
    const probe = await newContext(browser);
    const appSpecBase: PageSpec = { id: 'app', path: '', hook: 'permissionMap' };
    const probePage = await openPage(probe, appSpecBase, errors);
    const env = await probePage.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return {
        mapWidth: canvas?.clientWidth ?? 0,
        mapHeight: canvas?.clientHeight ?? 0,
        renderer: gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown',
        shown: window.permissionMap?.getState().shown ?? null,
      };
    });
    await probe.close();
    if (!env.mapWidth || !env.mapHeight) throw new MeasurementError('app: no map canvas');
    if (env.shown && ZONE_IDS.some((z) => env.shown![z] !== FLOOR_STATUSES[z])) {
      notes.push(
        `The app's first view shows ${JSON.stringify(env.shown)}, the floor ${JSON.stringify(FLOOR_STATUSES)}.`,
      );
    }
    log(`map canvas ${env.mapWidth}×${env.mapHeight} CSS px; WebGL renderer: ${env.renderer}`);

    const app: PageSpec = appSpecBase;
    const embed: PageSpec = { id: 'embed', path: 'embed/', hook: 'permissionMap' };
    const floor: PageSpec = {
      id: 'floor',
      path: `bench/floor/?w=${env.mapWidth}&h=${env.mapHeight}`,
      hook: 'floor',
    };
    const comparePages = hasEmbed ? [app, floor, embed] : [app, floor];

    // 2. Transfer
    log('transfer: first view of each page…');
    const transfer: TransferResult[] = [];
    for (const spec of comparePages) transfer.push(await measureTransfer(browser, spec, errors));

    // 3. First coloured map, pages alternating, in a fresh context each run (empty cache).
    log(`first coloured map: ${RUNS} runs per page, alternating…`);
    const firstRuns: FirstColouredRun[] = [];
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 === 0 ? comparePages : [...comparePages].reverse();
      for (const spec of order) {
        const r = await measureFirstColoured(browser, spec, run, errors);
        firstRuns.push(r);
        log(
          `  run ${run + 1}/${RUNS} ${spec.id.padEnd(5)} first coloured frame at ${r.firstColoured.toFixed(0)} ms`,
        );
      }
    }

    // 4. Slider, app and floor alternating (ABBA…).
    log(`slider: ${SLIDER_ROUNDS} sweep(s) of ${days.length - 1} days per page, alternating…`);
    const sweeps: Record<'app' | 'floor', SliderSweepResult[]> = { app: [], floor: [] };
    for (let round_ = 0; round_ < SLIDER_ROUNDS; round_++) {
      const order = round_ % 2 === 0 ? [app, floor] : [floor, app];
      for (const spec of order) {
        const result = await measureSlider(browser, spec, days, errors);
        sweeps[spec.id as 'app' | 'floor'].push(result);
        log(
          `  sweep ${round_ + 1}/${SLIDER_ROUNDS} ${spec.id.padEnd(5)} p95 ${percentile(result.latency, 95).toFixed(1)} ms, ${(result.wallMs / 1000).toFixed(0)} s`,
        );
      }
    }
    const slider = {
      app: summariseSweeps(sweeps.app, recolourDays),
      floor: summariseSweeps(sweeps.floor, recolourDays),
    };

    // 5. Memory
    log(
      `memory: ${MEMORY_SWEEPS} sweeps per page (in-page keyboard steps, a frame every ${MEMORY_STEPS_PER_FRAME} days)…`,
    );
    const memory: MemoryResult[] = [];
    for (const spec of [app, floor]) {
      const m = await measureMemory(browser, spec, days, errors);
      memory.push(m);
      log(`  ${spec.id}: +${kb(m.growth)} after ${m.sweeps} sweeps (${m.wallSeconds} s)`);
    }

    // -------------------------------------------------------------------------------------------
    // Report
    const byPage = (id: PageId) => transfer.find((t) => t.page === id)!;
    const medianOf = (id: PageId, key: keyof Omit<FirstColouredRun, 'page' | 'run'>) =>
      median(firstRuns.filter((r) => r.page === id).map((r) => r[key]));
    const firstMedian = (id: PageId) => medianOf(id, 'firstColoured');
    // Each run loads every page back to back, so a per-run ratio cancels slow drifts in machine load.
    const pairedFirstRatio = median(
      Array.from({ length: RUNS }, (_, run) => {
        const at = (id: PageId) => firstRuns.find((r) => r.run === run && r.page === id)!.firstColoured;
        return at('app') / at('floor');
      }),
    );
    const appMemory = memory.find((m) => m.page === 'app')!;
    const floorMemory = memory.find((m) => m.page === 'floor')!;

    const budgets = [
      {
        name: 'transfer: app first view gzip ≤ 1.25 × floor',
        value: `${kb(byPage('app').total.gzip)} vs ${kb(byPage('floor').total.gzip)} = ${ratio(byPage('app').total.gzip, byPage('floor').total.gzip)}×`,
        met: byPage('app').total.gzip <= BUDGET.transferRatio * byPage('floor').total.gzip,
      },
      {
        name: 'first coloured map: app/floor median ≤ 1.3',
        value: `${firstMedian('app').toFixed(0)} / ${firstMedian('floor').toFixed(0)} ms = ${ratio(firstMedian('app'), firstMedian('floor'))}×`,
        met: firstMedian('app') <= BUDGET.firstColouredRatio * firstMedian('floor'),
      },
      {
        name: 'slider: no long task (app)',
        value: `${slider.app.longTasks.count} long task(s)${slider.app.longTasks.count ? `, longest ${slider.app.longTasks.maxMs} ms` : ''}`,
        met: slider.app.longTasks.count === 0,
      },
      {
        name: 'slider: p95 input→frame app/floor ≤ 1.5',
        value: `${slider.app.latency.p95} / ${slider.floor.latency.p95} ms = ${ratio(slider.app.latency.p95, slider.floor.latency.p95)}×`,
        met: slider.app.latency.p95 <= BUDGET.sliderP95Ratio * slider.floor.latency.p95,
      },
      {
        name: `memory: app heap growth after ${MEMORY_SWEEPS} sweeps ≤ 2 MB`,
        value: `${kb(appMemory.growth)}`,
        met: appMemory.growth <= BUDGET.memoryGrowthBytes,
      },
    ];

    console.log('\nTransfer, first view (bytes from dist/; gzip -9, brotli 11; KB = 1024 bytes)');
    for (const t of transfer) {
      console.log(`\n${t.page}:`);
      console.log(
        table(
          [
            ...t.files.map((f) => [f.file, f.kind, kb(f.raw), kb(f.gzip), kb(f.brotli)]),
            ['total', '', kb(t.total.raw), kb(t.total.gzip), kb(t.total.brotli)],
          ],
          ['file', 'kind', 'raw', 'gzip', 'brotli'],
        ),
      );
      if (t.unmatched.length) console.log(`  (not from dist/: ${t.unmatched.join(', ')})`);
    }

    console.log('\nTimings (medians; ms)');
    const rows: (string | number)[][] = [
      [
        'first coloured map (nav → frame)',
        firstMedian('app').toFixed(0),
        firstMedian('floor').toFixed(0),
        ratio(firstMedian('app'), firstMedian('floor')),
      ],
      ['  median of per-run ratios', '', '', round(pairedFirstRatio, 2)],
      [
        '  DOMContentLoaded',
        medianOf('app', 'domContentLoaded').toFixed(0),
        medianOf('floor', 'domContentLoaded').toFixed(0),
        '',
      ],
      [
        '  map created',
        medianOf('app', 'mapCreated').toFixed(0),
        medianOf('floor', 'mapCreated').toFixed(0),
        '',
      ],
      ['  dataset arrived', medianOf('app', 'dataLoaded').toFixed(0), '-', ''],
      [
        '  sources loaded',
        medianOf('app', 'sourcesLoaded').toFixed(0),
        medianOf('floor', 'sourcesLoaded').toFixed(0),
        '',
      ],
      [
        '  statuses applied',
        medianOf('app', 'statusesApplied').toFixed(0),
        medianOf('floor', 'statusesApplied').toFixed(0),
        '',
      ],
      [
        'slider input→frame p50',
        slider.app.latency.p50,
        slider.floor.latency.p50,
        ratio(slider.app.latency.p50, slider.floor.latency.p50),
      ],
      [
        'slider input→frame p95',
        slider.app.latency.p95,
        slider.floor.latency.p95,
        ratio(slider.app.latency.p95, slider.floor.latency.p95),
      ],
      ['  p95 of each sweep', slider.app.perSweepP95.join(', '), slider.floor.perSweepP95.join(', '), ''],
      [
        'slider input→frame max',
        slider.app.latency.max,
        slider.floor.latency.max,
        ratio(slider.app.latency.max, slider.floor.latency.max),
      ],
      [
        'slider main-thread work p50',
        slider.app.work.p50,
        slider.floor.work.p50,
        ratio(slider.app.work.p50, slider.floor.work.p50),
      ],
      [
        'slider main-thread work p95',
        slider.app.work.p95,
        slider.floor.work.p95,
        ratio(slider.app.work.p95, slider.floor.work.p95),
      ],
      ['slider long tasks (> 50 ms)', slider.app.longTasks.count, slider.floor.longTasks.count, ''],
      [
        `slider dropped frames (> 1.5 × median interval)`,
        `${slider.app.frames.dropped}/${slider.app.frames.count}`,
        `${slider.floor.frames.dropped}/${slider.floor.frames.count}`,
        '',
      ],
      [
        'slider median frame interval',
        slider.app.frames.medianInterval,
        slider.floor.frames.medianInterval,
        '',
      ],
      [
        `heap growth, ${MEMORY_SWEEPS} sweeps vs 1 (KB)`,
        round(appMemory.growth / 1024),
        round(floorMemory.growth / 1024),
        '',
      ],
    ];
    if (hasEmbed)
      rows.splice(7, 0, [
        'first coloured map, embed',
        firstMedian('embed').toFixed(0),
        '',
        ratio(firstMedian('embed'), firstMedian('floor')),
      ]);
    console.log(table(rows, ['measure', 'app', 'floor', 'app/floor']));

    console.log('\nBudgets');
    for (const b of budgets) console.log(`  ${b.met ? 'met    ' : 'NOT MET'}  ${b.name}: ${b.value}`);
    // The first reading is taken before the browser starts: load then is other people's work.
    if (loads[0]! >= 1) {
      notes.push(
        `Other work was running (1-minute load average ${loads[0]!.toFixed(1)} on ${cpus().length} CPUs before the browser started): timings are noisier than usual.`,
      );
    }
    for (const note of notes) console.log(`  note: ${note}`);
    if (errors.length) console.log(`  page errors: ${errors.join('; ')}`);

    const results = {
      generatedAt: new Date().toISOString(),
      environment: {
        chromium: chromiumVersion,
        webglRenderer: env.renderer,
        node: process.version,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        viewport: VIEWPORT,
        mapCanvas: { width: env.mapWidth, height: env.mapHeight },
        note: 'Software WebGL (SwiftShader) on a shared machine; compare ratios, not absolute times.',
        loadAverage1m: { beforeBrowser: round(loads[0]!, 2), max: round(Math.max(...loads), 2) },
      },
      config: {
        runs: RUNS,
        sliderRounds: SLIDER_ROUNDS,
        memorySweeps: MEMORY_SWEEPS,
        memoryStepsPerFrame: MEMORY_STEPS_PER_FRAME,
        days: days.length,
        recolourCallsPerSweep: recolourCalls,
      },
      definitions: {
        transfer:
          'Files the page requested from first navigation until the map was idle and the network quiet; sizes of those files in dist/, gzip level 9 and brotli quality 11; KB = 1024 bytes.',
        firstColouredMap: `performance mark "${FIRST_COLOURED_FRAME_MARK}": the end of the first MapLibre 'render' after the zones got their statuses, ms since navigation start; fresh browser context per run; pages alternating.`,
        sliderLatency:
          'Per day step: keydown ArrowRight dispatched on the focused slider → a MessageChannel message posted from the next requestAnimationFrame is handled (after that frame’s main-thread rendering).',
        sliderWork:
          'The same minus the idle wait for the frame: (input → microtasks drained) + (frame start → after frame).',
        droppedFrames:
          'Intervals between successive animation frames during the sweep longer than 1.5 × their median.',
        memory: `Runtime.getHeapUsage usedSize of the page's main thread after 3 × HeapProfiler.collectGarbage, after ${MEMORY_SWEEPS} sweeps minus after 1; sweeps driven in-page by keyboard events, microtasks drained every day, a frame every ${MEMORY_STEPS_PER_FRAME} days. The MapLibre worker's heap is not included.`,
      },
      transfer,
      firstColouredMap: {
        medians: Object.fromEntries(
          comparePages.map((p) => [
            p.id,
            Object.fromEntries(
              (
                [
                  'domContentLoaded',
                  'mapCreated',
                  'dataLoaded',
                  'sourcesLoaded',
                  'statusesApplied',
                  'firstColoured',
                ] as const
              ).map((k) => [k, round(medianOf(p.id, k))]),
            ),
          ]),
        ),
        ratioAppFloor: ratio(firstMedian('app'), firstMedian('floor')),
        medianOfPerRunRatios: round(pairedFirstRatio, 2),
        runs: firstRuns.map((r) =>
          Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v])),
        ),
      },
      slider: { ...slider, ratioP95: ratio(slider.app.latency.p95, slider.floor.latency.p95) },
      memory,
      budgets,
      notes,
      pageErrors: errors,
      runtimeSeconds: round((Date.now() - started) / 1000),
    };
    mkdirSync(dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${relative(ROOT, RESULTS)}; bench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`\nmeasurement failed: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof MeasurementError) && error instanceof Error) console.error(error.stack);
  process.exit(1);
});
