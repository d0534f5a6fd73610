// npm run bench: benchmarks of the BUILT app against a floor (bench/floor/: the same map in bare
// MapLibre, nothing else), in Debian's Chromium with software WebGL2 (SwiftShader), plus a
// Lighthouse mobile run of both. Method, definitions and the latest figures: docs/performance.md.
// Writes bench/results.json. The measures are in ./measures/, one file each.
//
// Environment: BENCH_DIST (default dist), BENCH_PORT (default 4190), BENCH_RUNS (first-view runs
// per page, default 7), BENCH_SLIDER_ROUNDS (slider sweeps per page, default 2),
// BENCH_MEMORY_SWEEPS (default 20), BENCH_LIGHTHOUSE=0 (skip Lighthouse).
//
// Exits non-zero only when a measurement fails (a page never draws, a sweep does not reach the
// end, ...). A missed target is reported, not fatal.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ZONE_IDS } from '../../src/domain/ids';
import { FLOOR_STATUSES } from '../../bench/floor/statuses';
import { chromiumPath, CHROMIUM_ARGS } from '../browser/chromium';
import { newContext, openPage } from './browser';
import { DIST, LIGHTHOUSE, log, MeasurementError, PORT, RUNS, SLIDER_ROUNDS, type PageSpec } from './config';
import { dayStatuses, type Days } from './days';
import { measureFirstView, type FirstViewRun } from './measures/firstView';
import { measureLighthouse } from './measures/lighthouse';
import { measureMemory, type MemoryResult } from './measures/memory';
import { measureSlider, summariseSweeps, type MeasuredSweep } from './measures/slider';
import { measureTransfer, type TransferResult } from './measures/transfer';
import { printResults } from './results';
import { measurePlaceQuery } from './place-query';
import { startStaticServer } from './server';
import { percentile } from './stats';

/** The app's map canvas size (the floor draws the same pixels) and what the app shows today. */
async function probeApp(browser: Browser, errors: string[], notes: string[]) {
  const probe = await newContext(browser);
  const page = await openPage(probe, { id: 'app', path: '', hook: 'permissionMap' }, errors);
  const env = await page.evaluate(() => {
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
  if (env.shown && ZONE_IDS.some((z) => env.shown![z] !== FLOOR_STATUSES[z]))
    notes.push(
      `The app's first view shows ${JSON.stringify(env.shown)}, the floor ${JSON.stringify(FLOOR_STATUSES)}.`,
    );
  log(`map canvas ${env.mapWidth}×${env.mapHeight} CSS px; WebGL renderer: ${env.renderer}`);
  return env;
}

async function firstViews(browser: Browser, pages: PageSpec[], errors: string[]): Promise<FirstViewRun[]> {
  log(`first view: ${RUNS} runs per page, alternating…`);
  const runs: FirstViewRun[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const spec of run % 2 === 0 ? pages : [...pages].reverse()) {
      const r = await measureFirstView(browser, spec, run, errors);
      runs.push(r);
      log(
        `  run ${run + 1}/${RUNS} ${spec.id.padEnd(5)} picture ${r.pictureOnScreen.toFixed(0)} ms, coloured map ${r.firstColoured.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}`,
      );
    }
  }
  return runs;
}

async function sliders(browser: Browser, app: PageSpec, floor: PageSpec, days: Days, errors: string[]) {
  log(`slider: ${SLIDER_ROUNDS} sweep(s) of ${days.days.length - 1} days per page, alternating…`);
  const sweeps: Record<'app' | 'floor', MeasuredSweep[]> = { app: [], floor: [] };
  for (let round = 0; round < SLIDER_ROUNDS; round++) {
    for (const spec of round % 2 === 0 ? [app, floor] : [floor, app]) {
      const result = await measureSlider(browser, spec, days.days, errors);
      sweeps[spec.id as 'app' | 'floor'].push(result);
      log(
        `  sweep ${round + 1}/${SLIDER_ROUNDS} ${spec.id.padEnd(5)} p95 ${percentile(result.latency, 95).toFixed(1)} ms, ${(result.wallMs / 1000).toFixed(0)} s`,
      );
    }
  }
  return {
    app: summariseSweeps(sweeps.app, days.recolourDays),
    floor: summariseSweeps(sweeps.floor, days.recolourDays),
  };
}

async function main(): Promise<void> {
  for (const page of ['index.html', 'bench/floor/index.html'])
    if (!existsSync(resolve(DIST, page)))
      throw new MeasurementError(
        `${DIST}/${page} is missing: run npm run bench (it builds the app and the floor)`,
      );
  const hasEmbed = existsSync(resolve(DIST, 'embed/index.html'));
  const days = dayStatuses();
  const notes: string[] = [];
  const today = days.days[days.days.length - 1]!;
  const drift = ZONE_IDS.filter((z) => today[z] !== FLOOR_STATUSES[z]);
  if (drift.length)
    notes.push(
      `The floor's fixed statuses (bench/floor/statuses.ts) differ from today's for ${drift.join(', ')}: update them.`,
    );

  const server = await startStaticServer(DIST, PORT);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const errors: string[] = [];
  try {
    const chromiumVersion = browser.version();
    log(`Chromium ${chromiumVersion} on port ${PORT}`);
    const env = await probeApp(browser, errors, notes);
    const app: PageSpec = { id: 'app', path: '', hook: 'permissionMap' };
    const floor: PageSpec = {
      id: 'floor',
      path: `bench/floor/?w=${env.mapWidth}&h=${env.mapHeight}`,
      hook: 'floor',
    };
    const embed: PageSpec = { id: 'embed', path: 'embed/', hook: 'permissionMap' };
    const pages = hasEmbed ? [app, floor, embed] : [app, floor];
    log('transfer: first view of each page…');
    const transfer: TransferResult[] = [];
    for (const spec of pages) transfer.push(await measureTransfer(browser, spec, errors));
    const firstRuns = await firstViews(browser, pages, errors);
    const slider = await sliders(browser, app, floor, days, errors);
    log('memory: sweeps per page…');
    const memory: MemoryResult[] = [];
    for (const spec of [app, floor]) memory.push(await measureMemory(browser, spec, days.days, errors));
    await browser.close();
    const lighthouse = LIGHTHOUSE ? await measureLighthouse([app, floor]) : [];
    log('place query: 20,000 points in Node…');
    const placeQuery = measurePlaceQuery();
    printResults({
      env: { ...env, chromium: chromiumVersion },
      days,
      transfer,
      firstRuns,
      slider,
      memory,
      lighthouse,
      placeQuery,
      notes,
      errors,
      hasEmbed,
    });
  } finally {
    await browser.close().catch(() => undefined);
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`\nmeasurement failed: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof MeasurementError) && error instanceof Error) console.error(error.stack);
  process.exit(1);
});
