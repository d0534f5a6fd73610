// First view: paints (first, contentful, largest and its element), when the zone picture is on
// screen, the first coloured MapLibre frame with its breakdown, layout shift and blocking time.
import type { Browser } from 'playwright-core';
import {
  FIRST_COLOURED_FRAME_MARK,
  MAP_CREATED_MARK,
  PICTURE_COLOURED_MARK,
  SOURCES_LOADED_MARK,
  STATUSES_APPLIED_MARK,
} from '../../../src/perf/marks';
import { newContext, openPage } from '../browser';
import type { PageId, PageSpec } from '../config';
import { readVitalsInPage, type PageVitals } from '../inPage';

export interface FirstViewRun extends PageVitals {
  page: PageId;
  run: number;
  /** Navigation start → first frame drawn with the zones in their status colours (ms). */
  firstColoured: number;
  /**
   * The prerendered picture, coloured for the URL, is on screen: the first contentful paint, or
   * the picture's mark if that came later (the next frame paints it). NaN on a page without it.
   */
  pictureOnScreen: number;
  mapCreated: number;
  sourcesLoaded: number;
  statusesApplied: number;
  /** The dataset (data/permissions.json) has arrived (app only). */
  dataLoaded: number;
  domContentLoaded: number;
}

export const FIRST_VIEW_KEYS = [
  'firstPaint',
  'firstContentfulPaint',
  'pictureOnScreen',
  'largestPaint',
  'domContentLoaded',
  'mapCreated',
  'dataLoaded',
  'sourcesLoaded',
  'statusesApplied',
  'firstColoured',
  'cls',
  'totalBlockingTime',
  'longTasksDuringLoad',
] as const;

const MARKS = {
  picture: PICTURE_COLOURED_MARK,
  mapCreated: MAP_CREATED_MARK,
  sourcesLoaded: SOURCES_LOADED_MARK,
  statusesApplied: STATUSES_APPLIED_MARK,
  firstColoured: FIRST_COLOURED_FRAME_MARK,
};

export async function measureFirstView(
  browser: Browser,
  spec: PageSpec,
  run: number,
  errors: string[],
): Promise<FirstViewRun> {
  const context = await newContext(browser);
  try {
    const page = await openPage(context, spec, errors);
    const marks = await page.evaluate((names) => {
      const at = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const data = performance
        .getEntriesByType('resource')
        .find((e) => e.name.includes('data/permissions.json')) as PerformanceResourceTiming | undefined;
      return {
        picture: at(names.picture),
        firstColoured: at(names.firstColoured),
        mapCreated: at(names.mapCreated),
        sourcesLoaded: at(names.sourcesLoaded),
        statusesApplied: at(names.statusesApplied),
        dataLoaded: data?.responseEnd ?? Number.NaN,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? Number.NaN,
      };
    }, MARKS);
    const vitals = await page.evaluate(readVitalsInPage);
    const { picture, ...rest } = marks;
    const pictureOnScreen = Number.isNaN(picture)
      ? Number.NaN
      : Math.max(picture, vitals.firstContentfulPaint);
    return { page: spec.id, run, ...rest, ...vitals, pictureOnScreen };
  } finally {
    await context.close();
  }
}
