// Prints the tables and targets, and writes every figure to bench/results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import {
  CPU_COUNT,
  CPU_MODEL,
  elapsedSeconds,
  loads,
  log,
  MEMORY_STEPS_PER_FRAME,
  MEMORY_SWEEPS,
  RESULTS,
  ROOT,
  RUNS,
  SLIDER_ROUNDS,
  VIEWPORT,
} from './config';
import type { Days } from './days';
import type { FirstViewRun } from './measures/firstView';
import type { LighthouseResult } from './measures/lighthouse';
import type { MemoryResult } from './measures/memory';
import type { SliderSummary } from './measures/slider';
import type { TransferResult } from './measures/transfer';
import {
  firstViewMedians,
  firstViewRows,
  printLighthouse,
  printTransfer,
  sliderRows,
  table,
  targetsOf,
} from './report';
import { round } from './stats';
import type { PlaceQueryFigures } from './place-query';

export interface BenchResults {
  env: { mapWidth: number; mapHeight: number; renderer: string; chromium: string };
  days: Days;
  transfer: TransferResult[];
  firstRuns: FirstViewRun[];
  slider: { app: SliderSummary; floor: SliderSummary };
  memory: MemoryResult[];
  lighthouse: LighthouseResult[];
  /** The place query (issue #11), measured in Node: no browser, nothing on the slider's path. */
  placeQuery: PlaceQueryFigures;
  notes: string[];
  errors: string[];
  hasEmbed: boolean;
}

const DEFINITIONS = {
  transfer:
    'Files the page requested from first navigation until the map was idle and the network quiet, without what the service worker fetched for the offline copy once the first view was complete (reported as `background`); sizes of those files in dist/, gzip level 9 and brotli quality 11; KB = 1024 bytes.',
  pictureOnScreen:
    'The later of first-contentful-paint and the mark "permission-map:picture-coloured" (set by the inline script once the prerendered picture has the URL’s colours): the first paint showing the coloured picture.',
  largestPaint: 'The last largest-contentful-paint entry before the map was idle, and its element.',
  firstColouredMap:
    'Mark "permission-map:first-coloured-frame": the end of the first MapLibre render after the zones got their statuses, ms since navigation start; fresh browser context per run; pages alternating.',
  cls: 'Sum of layout-shift values without recent input, from navigation until the map was idle.',
  totalBlockingTime:
    'Σ (duration − 50 ms) of long tasks that started after first-contentful-paint, until the map was idle.',
  sliderLatency:
    'Per day step: keydown ArrowRight dispatched on the focused slider → a MessageChannel message posted from the next requestAnimationFrame is handled (after that frame’s main-thread rendering).',
  sliderWork:
    'The same minus the idle wait for the frame: (input → microtasks drained) + (frame start → after frame).',
  droppedFrames:
    'Intervals between successive animation frames during the sweep longer than 1.5 × their median.',
  memory: `Runtime.getHeapUsage usedSize of the page's main thread after 3 × HeapProfiler.collectGarbage, after ${MEMORY_SWEEPS} sweeps minus after 1; in-page keyboard steps, a frame every ${MEMORY_STEPS_PER_FRAME} days. The MapLibre worker's heap is not included.`,
  lighthouse:
    'Lighthouse 12.2.3, default (mobile) config, performance category only, simulated throttling; one run per page.',
};

export function printResults(r: BenchResults): void {
  const app = firstViewMedians(r.firstRuns, 'app');
  const floor = firstViewMedians(r.firstRuns, 'floor');
  const embed = r.hasEmbed ? firstViewMedians(r.firstRuns, 'embed') : undefined;
  printTransfer(r.transfer);
  console.log('\nFirst view (medians of runs; ms since navigation start)');
  console.log(table(firstViewRows(app, floor, embed), ['measure', 'app', 'floor', 'app/floor']));
  console.log('\nSlider (ms) and memory');
  console.log(
    table(sliderRows(r.slider.app, r.slider.floor, r.memory), ['measure', 'app', 'floor', 'app/floor']),
  );
  printLighthouse(r.lighthouse);
  const q = r.placeQuery;
  console.log(
    `\nPlace query (${q.points} points, µs per query): median ${q.medianUs}, p95 ${q.p95Us}, p99 ${q.p99Us}, max ${q.maxUs} (budget 5,000)`,
  );
  const targets = targetsOf({ transfer: r.transfer, app, floor, slider: r.slider, memory: r.memory });
  console.log('\nTargets (issue #12)');
  for (const t of targets) console.log(`  ${t.met ? 'met    ' : 'NOT MET'}  ${t.name}: ${t.value}`);
  // The first reading is taken before the browser starts: load then is other people's work.
  if (loads[0]! >= 1)
    r.notes.push(
      `Other work was running (1-minute load average ${loads[0]!.toFixed(1)} on ${CPU_COUNT} CPUs before the browser started): timings are noisier than usual.`,
    );
  for (const note of r.notes) console.log(`  note: ${note}`);
  if (r.errors.length) console.log(`  page errors: ${r.errors.join('; ')}`);

  const results = {
    generatedAt: new Date().toISOString(),
    environment: {
      chromium: r.env.chromium,
      webglRenderer: r.env.renderer,
      node: process.version,
      cpus: CPU_COUNT,
      cpuModel: CPU_MODEL,
      viewport: VIEWPORT,
      mapCanvas: { width: r.env.mapWidth, height: r.env.mapHeight },
      note: 'Software WebGL (SwiftShader) on a shared machine; compare ratios, not absolute times.',
      loadAverage1m: { beforeBrowser: round(loads[0]!, 2), max: round(Math.max(...loads), 2) },
    },
    config: {
      runs: RUNS,
      sliderRounds: SLIDER_ROUNDS,
      memorySweeps: MEMORY_SWEEPS,
      days: r.days.days.length,
      recolourCallsPerSweep: r.days.recolourCalls,
    },
    definitions: DEFINITIONS,
    transfer: r.transfer,
    firstView: { medians: { app, floor, ...(embed ? { embed } : {}) }, runs: r.firstRuns },
    slider: r.slider,
    memory: r.memory,
    lighthouse: r.lighthouse,
    placeQuery: r.placeQuery,
    targets,
    notes: r.notes,
    pageErrors: r.errors,
    runtimeSeconds: round(elapsedSeconds()),
  };
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${relative(ROOT, RESULTS)}; bench took ${elapsedSeconds().toFixed(0)} s`);
}
