// Browser plumbing for the measures: a fresh context per page load, and a page opened until its
// map has drawn its colours and gone idle.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FIRST_COLOURED_FRAME_MARK } from '../../src/perf/marks';
import { MeasurementError, ORIGIN, VIEWPORT, type PageSpec } from './config';
import { installVitalsObserver } from './inPage';
// window.floor's type (the floor page declares it).
import type {} from '../../bench/floor/floor.ts';

export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  // tsx (esbuild keepNames) may wrap functions we pass to page.evaluate in __name(): define it.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  // Paint, layout-shift and long-task observers from the first byte of every page.
  await context.addInitScript(installVitalsObserver);
  return context;
}

/** Navigates and waits for the first coloured frame (mark) and for the map to be idle. */
export async function openPage(context: BrowserContext, spec: PageSpec, errors: string[]): Promise<Page> {
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
