// The bench's printout: tables of app, floor and ratio, and the targets of issue #12.
import { TARGETS, type PageId } from './config';
import { FIRST_VIEW_KEYS, type FirstViewRun } from './measures/firstView';
import type { LighthouseResult } from './measures/lighthouse';
import type { MemoryResult } from './measures/memory';
import type { SliderSummary } from './measures/slider';
import type { TransferResult } from './measures/transfer';
import { kb, median, round } from './stats';

type Cell = string | number;

export function table(rows: Cell[][], header: string[]): string {
  const all = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i] ?? '').length)));
  const line = (r: Cell[]) =>
    r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

export const ratio = (a: number, b: number) =>
  b === 0 ? (a === 0 ? 1 : Number.POSITIVE_INFINITY) : round(a / b, 2);

export type FirstViewMedians = Record<(typeof FIRST_VIEW_KEYS)[number], number> & {
  largestPaintElement: string;
};

export function firstViewMedians(runs: FirstViewRun[], page: PageId): FirstViewMedians {
  const mine = runs.filter((r) => r.page === page);
  const medians = Object.fromEntries(
    FIRST_VIEW_KEYS.map((k) => [k, round(median(mine.map((r) => r[k])), 3)]),
  );
  const elements = mine.map((r) => r.largestPaintElement);
  const common = [...new Set(elements)].sort(
    (a, b) => elements.filter((e) => e === b).length - elements.filter((e) => e === a).length,
  )[0];
  return {
    ...(medians as Record<(typeof FIRST_VIEW_KEYS)[number], number>),
    largestPaintElement: common ?? '',
  };
}

export function printTransfer(transfer: TransferResult[]): void {
  console.log('\nTransfer, first view (bytes from dist/; gzip -9, brotli 11; KB = 1024 bytes)');
  for (const t of transfer) {
    console.log(`\n${t.page}:`);
    const rows = t.files.map((f) => [f.file, f.kind, kb(f.raw), kb(f.gzip), kb(f.brotli)]);
    rows.push(['total', '', kb(t.total.raw), kb(t.total.gzip), kb(t.total.brotli)]);
    console.log(table(rows, ['file', 'kind', 'raw', 'gzip', 'brotli']));
    if (t.unmatched.length) console.log(`  (not from dist/: ${t.unmatched.join(', ')})`);
    if (t.background.files > 0)
      console.log(
        `  offline copy, fetched by the service worker after the first view (not counted): ` +
          `${t.background.files} files, ${kb(t.background.total.gzip)} KB gzip`,
      );
  }
}

const ms = (n: number) => (Number.isNaN(n) ? '-' : n.toFixed(0));

export function firstViewRows(
  app: FirstViewMedians,
  floor: FirstViewMedians,
  embed?: FirstViewMedians,
): Cell[][] {
  const row = (
    name: string,
    key: keyof FirstViewMedians & (typeof FIRST_VIEW_KEYS)[number],
    withRatio = true,
  ) => [name, ms(app[key]), ms(floor[key]), withRatio ? ratio(app[key], floor[key]) : ''];
  const rows: Cell[][] = [
    row('first paint', 'firstPaint'),
    row('first contentful paint', 'firstContentfulPaint'),
    [
      'map picture on screen (vs floor first coloured map)',
      ms(app.pictureOnScreen),
      ms(floor.firstColoured),
      ratio(app.pictureOnScreen, floor.firstColoured),
    ],
    row('largest paint', 'largestPaint'),
    ['  its element', app.largestPaintElement, floor.largestPaintElement, ''],
    row('first coloured MapLibre map', 'firstColoured'),
    row('  DOMContentLoaded', 'domContentLoaded', false),
    row('  map created', 'mapCreated', false),
    row('  dataset arrived', 'dataLoaded', false),
    row('  sources loaded', 'sourcesLoaded', false),
    row('  statuses applied', 'statusesApplied', false),
    ['cumulative layout shift', app.cls, floor.cls, ''],
    row('total blocking time (after FCP, until idle)', 'totalBlockingTime'),
    ['long tasks during load', app.longTasksDuringLoad, floor.longTasksDuringLoad, ''],
  ];
  if (embed)
    rows.push([
      'first coloured map, embed',
      ms(embed.firstColoured),
      '',
      ratio(embed.firstColoured, floor.firstColoured),
    ]);
  return rows;
}

export function sliderRows(app: SliderSummary, floor: SliderSummary, memory: MemoryResult[]): Cell[][] {
  const [appMem, floorMem] = (['app', 'floor'] as const).map((p) => memory.find((m) => m.page === p)!);
  return [
    ['slider input→frame p50', app.latency.p50, floor.latency.p50, ratio(app.latency.p50, floor.latency.p50)],
    ['slider input→frame p95', app.latency.p95, floor.latency.p95, ratio(app.latency.p95, floor.latency.p95)],
    ['  p95 of each sweep', app.perSweepP95.join(', '), floor.perSweepP95.join(', '), ''],
    ['slider input→frame max', app.latency.max, floor.latency.max, ratio(app.latency.max, floor.latency.max)],
    ['slider steps over 50 ms', app.stepsOver50ms, floor.stepsOver50ms, ''],
    ['slider main-thread work p50', app.work.p50, floor.work.p50, ratio(app.work.p50, floor.work.p50)],
    ['slider main-thread work p95', app.work.p95, floor.work.p95, ratio(app.work.p95, floor.work.p95)],
    ['slider long tasks (> 50 ms)', app.longTasks.count, floor.longTasks.count, ''],
    [
      'slider dropped frames',
      `${app.frames.dropped}/${app.frames.count}`,
      `${floor.frames.dropped}/${floor.frames.count}`,
      ratio(app.frames.dropped, floor.frames.dropped),
    ],
    ['slider median frame interval', app.frames.medianInterval, floor.frames.medianInterval, ''],
    ['display frame interval (idle)', app.frames.refreshInterval, floor.frames.refreshInterval, ''],
    [
      `heap growth, ${appMem!.sweeps} sweeps vs 1 (KB)`,
      round(appMem!.growth / 1024),
      round(floorMem!.growth / 1024),
      '',
    ],
  ];
}

export interface Target {
  name: string;
  value: string;
  met: boolean;
}

export function targetsOf(input: {
  transfer: TransferResult[];
  app: FirstViewMedians;
  floor: FirstViewMedians;
  slider: { app: SliderSummary; floor: SliderSummary };
  memory: MemoryResult[];
}): Target[] {
  const gz = (id: PageId) => input.transfer.find((t) => t.page === id)!.total.gzip;
  const { app, floor, slider } = input;
  const growth = input.memory.find((m) => m.page === 'app')!.growth;
  const check = (name: string, a: number, f: number, limit: number, unit = ' ms'): Target => ({
    name: `${name} ≤ ${limit} × floor`,
    value: `${a}${unit} vs ${f}${unit} = ${ratio(a, f)}×`,
    met: a <= limit * f,
  });
  return [
    check('slider p95', slider.app.latency.p95, slider.floor.latency.p95, TARGETS.sliderP95Ratio),
    {
      name: 'slider long tasks = 0',
      value: String(slider.app.longTasks.count),
      met: slider.app.longTasks.count === 0,
    },
    check(
      'slider dropped frames',
      slider.app.frames.dropped,
      slider.floor.frames.dropped,
      TARGETS.droppedFramesRatio,
      '',
    ),
    check(
      'first-view transfer, gzip',
      round(gz('app') / 1024),
      round(gz('floor') / 1024),
      TARGETS.transferRatio,
      ' KB',
    ),
    check('first coloured MapLibre map', app.firstColoured, floor.firstColoured, TARGETS.firstColouredRatio),
    check(
      'map picture on screen, vs the floor’s first coloured map,',
      app.pictureOnScreen,
      floor.firstColoured,
      TARGETS.pictureRatio,
    ),
    { name: 'CLS = 0', value: String(app.cls), met: app.cls === 0 },
    { name: 'heap growth ≤ 2 MB', value: kb(growth), met: growth <= TARGETS.memoryGrowthBytes },
  ];
}

export function printLighthouse(results: LighthouseResult[]): void {
  if (results.length === 0) return;
  const [app, floor] = (['app', 'floor'] as const).map((p) => results.find((r) => r.page === p)!);
  const row = (name: string, key: keyof LighthouseResult) => [
    name,
    String(app![key]),
    String(floor![key]),
    typeof app![key] === 'number' ? ratio(app![key] as number, floor![key] as number) : '',
  ];
  console.log('\nLighthouse 12, mobile preset (simulated throttling; reported, not a target)');
  console.log(
    table(
      [
        row('performance score', 'score'),
        row('first contentful paint (ms)', 'firstContentfulPaint'),
        row('largest contentful paint (ms)', 'largestContentfulPaint'),
        row('  its element', 'lcpElement'),
        row('speed index (ms)', 'speedIndex'),
        row('total blocking time (ms)', 'totalBlockingTime'),
        row('cumulative layout shift', 'cumulativeLayoutShift'),
        row('  Lighthouse error', 'runtimeError'),
      ],
      ['measure', 'app', 'floor', 'app/floor'],
    ),
  );
}
