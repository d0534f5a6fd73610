import type { AppStore } from './appStore';
import { subscribeSlice } from './subscribeSlice';

/**
 * How long the date must stay put before background work runs: longer than the gap between two
 * steps of a drag, of a held arrow key or of play (a frame to a few hundred ms), shorter than a
 * reader's pause to read. Reduced-motion play (a step every 2.5 s) leaves room between steps.
 */
export const DATE_STILL_MS = 600;

export interface StillOptions {
  quietMs?: number;
  timers?: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;
}

/**
 * Runs `run` once the date has not changed for `quietMs`, counted from this call. Work the reader
 * is not waiting for (the site markers' first draw compiles a shader: 330–800 ms in software
 * WebGL; the place panel's data parse) then never lands between two slider steps, where it was
 * the one long task of a sweep. Returns a function that cancels it.
 */
export function whenDateStill(
  store: AppStore,
  run: () => void,
  { quietMs = DATE_STILL_MS, timers = globalThis }: StillOptions = {},
): () => void {
  let timer = timers.setTimeout(fire, quietMs);
  const stop = subscribeSlice(
    store,
    (s) => s.date,
    () => {
      timers.clearTimeout(timer);
      timer = timers.setTimeout(fire, quietMs);
    },
  );
  function fire() {
    stop();
    run();
  }
  return () => {
    timers.clearTimeout(timer);
    stop();
  };
}
