import { FIRST_COLOURED_FRAME_MARK } from '../perf/marks';

/** Longest wait for the map (a page without WebGL, or a failed map, never colours one). */
const MAX_WAIT_MS = 10_000;
/** Longest wait for an idle moment after it. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * Resolves once the first view is complete (the first coloured map frame) and the page is idle:
 * the moment for work the first view does not need, such as the offline copy and the place
 * panel's data, so they never compete with the map for the network or the main thread.
 */
export function afterFirstView(win: Window): Promise<void> {
  return new Promise<void>((resolve) => {
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      observer?.disconnect();
      win.clearTimeout(timer);
      whenIdle(win, resolve);
    };
    const timer = win.setTimeout(done, MAX_WAIT_MS);
    const observer =
      typeof PerformanceObserver === 'function'
        ? new PerformanceObserver((list: PerformanceObserverEntryList) => {
            if (list.getEntriesByName(FIRST_COLOURED_FRAME_MARK).length > 0) done();
          })
        : null;
    try {
      observer?.observe({ type: 'mark', buffered: true });
    } catch {
      done();
    }
  });
}

function whenIdle(win: Window, run: () => void): void {
  if (typeof win.requestIdleCallback === 'function')
    win.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else win.setTimeout(run, 200);
}
