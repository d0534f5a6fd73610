// Slider cost: sweeps of the whole timeline, one day per key press (see inPage.ts).
import type { Browser, Page } from 'playwright-core';
import { addDays } from '../../../src/domain/dates';
import { TIMELINE_START, type StatusId, type ZoneId } from '../../../src/domain/ids';
import { newContext, openPage } from '../browser';
import { MeasurementError, type PageSpec } from '../config';
import { refreshIntervalInPage, sliderSweepInPage, type SliderSweepResult } from '../inPage';
import { max, median, percentile, round } from '../stats';

/** A sweep with the display's frame interval measured just before it. */
export type MeasuredSweep = SliderSweepResult & { refreshInterval: number };

export type DayStatuses = readonly Record<ZoneId, StatusId>[];

/** The floor gets the app's per-day statuses; both pages wait for their slider. */
export async function prepareSlider(page: Page, spec: PageSpec, days: DayStatuses): Promise<void> {
  if (spec.hook === 'floor') {
    await page.evaluate((sequence) => window.floor!.setSequence(sequence), days);
    await page.evaluate(() => window.floor!.whenIdle(30_000));
  }
  // The app's slider is in the page once the data is loaded (it is, after the first coloured frame).
  await page.locator('[role="slider"]').first().waitFor({ timeout: 30_000 });
}

export async function measureSlider(
  browser: Browser,
  spec: PageSpec,
  days: DayStatuses,
  errors: string[],
): Promise<MeasuredSweep> {
  const context = await newContext(browser);
  try {
    const page = await openPage(context, spec, errors);
    await prepareSlider(page, spec, days);
    const refreshInterval = await page.evaluate(refreshIntervalInPage);
    const result = await page.evaluate(sliderSweepInPage);
    if (!result.reachedEnd)
      throw new MeasurementError(`${spec.id}: the slider sweep did not reach the last day`);
    if (result.steps !== days.length - 1)
      throw new MeasurementError(`${spec.id}: ${result.steps} slider steps, expected ${days.length - 1}`);
    return { ...result, refreshInterval };
  } finally {
    await context.close();
  }
}

export function summariseSweeps(sweeps: MeasuredSweep[], recolourDays: ReadonlySet<number>) {
  const latency = sweeps.flatMap((s) => s.latency);
  const work = sweeps.flatMap((s) => s.work);
  const intervals = sweeps.flatMap((s) => s.frameIntervals);
  const frameMedian = median(intervals);
  const refresh = median(sweeps.map((s) => s.refreshInterval));
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
    /** Steps whose input → frame took longer than 50 ms. */
    stepsOver50ms: latency.filter((l) => l > 50).length,
    work: { p50: round(percentile(work, 50)), p95: round(percentile(work, 95)), max: round(max(work)) },
    frames: {
      count: intervals.length,
      medianInterval: round(frameMedian),
      /** The display's frame interval, measured idle before each sweep. */
      refreshInterval: round(refresh),
      /**
       * Frame intervals longer than 1.5 × the display's: against the page's own median, a page
       * whose every frame is late (33 ms) counted none.
       */
      dropped: intervals.filter((i) => i > 1.5 * refresh).length,
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
export type SliderSummary = ReturnType<typeof summariseSweeps>;
