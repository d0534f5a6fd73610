// Memory: the page's main-thread heap after 1 sweep and after MEMORY_SWEEPS, each after 3 GCs.
import type { Browser } from 'playwright-core';
import { newContext, openPage } from '../browser';
import {
  log,
  MeasurementError,
  MEMORY_STEPS_PER_FRAME,
  MEMORY_SWEEPS,
  type PageId,
  type PageSpec,
} from '../config';
import { memorySweepsInPage } from '../inPage';
import { kb, round } from '../stats';
import { prepareSlider, type DayStatuses } from './slider';

export interface MemoryResult {
  page: PageId;
  heapAfter1: number;
  heapAfterN: number;
  growth: number;
  sweeps: number;
  wallSeconds: number;
}

export async function measureMemory(
  browser: Browser,
  spec: PageSpec,
  days: DayStatuses,
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
