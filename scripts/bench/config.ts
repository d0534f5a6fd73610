// The bench's settings (environment knobs), its targets, and the pages it compares.
import { resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(ROOT, process.env['BENCH_DIST'] ?? 'dist');
export const PORT = Number(process.env['BENCH_PORT'] ?? 4190);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 7));
export const SLIDER_ROUNDS = Math.max(1, Number(process.env['BENCH_SLIDER_ROUNDS'] ?? 2));
export const MEMORY_SWEEPS = Math.max(2, Number(process.env['BENCH_MEMORY_SWEEPS'] ?? 20));
/** Set BENCH_LIGHTHOUSE=0 to skip the Lighthouse runs. */
export const LIGHTHOUSE = process.env['BENCH_LIGHTHOUSE'] !== '0';
export const MEMORY_STEPS_PER_FRAME = 16;
export const VIEWPORT = { width: 1280, height: 860 };
export const RESULTS = resolve(ROOT, 'bench/results.json');

/** The targets of issue #12, as ratios to the floor (reported, never a failure). */
export const TARGETS = {
  sliderP95Ratio: 1.2,
  droppedFramesRatio: 1.2,
  transferRatio: 1.15,
  firstColouredRatio: 1.1,
  /** The picture on screen, against the floor's first coloured map. */
  pictureRatio: 0.6,
  longTasks: 0,
  cls: 0,
  memoryGrowthBytes: 2 * 1024 * 1024,
};

export type PageId = 'app' | 'embed' | 'floor';
export interface PageSpec {
  id: PageId;
  /** Path and query, relative to the site root. */
  path: string;
  /** How the page is driven: through window.permissionMap or window.floor. */
  hook: 'permissionMap' | 'floor';
}

/** A page that never draws, a sweep that does not finish: the figures would mean nothing. */
export class MeasurementError extends Error {}

const started = Date.now();
/** 1-minute load average at each progress line: the machine is shared, and this says how busy it was. */
export const loads: number[] = [];

export function log(message: string): void {
  const s = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  const load = loadavg()[0]!;
  loads.push(load);
  console.log(`[${s}s load ${load.toFixed(1)}] ${message}`);
}

export function elapsedSeconds(): number {
  return (Date.now() - started) / 1000;
}

export const CPU_COUNT = cpus().length;
export const CPU_MODEL = cpus()[0]?.model ?? 'unknown';
