import type { Map as MapLibreMap } from 'maplibre-gl';

/** How long the geometry may take: after that, a hung request or a dead worker is reported. */
export const MAP_LOAD_TIMEOUT_MS = 20_000;

export interface FailureWatch {
  /** The sources have loaded: stop the load timer. */
  loaded(): void;
  stop(): void;
}

interface FailureWatchOptions {
  /** Sources without which the map means nothing (the zones, and the land they sit on). */
  sources: readonly string[];
  timeoutMs: number;
  onFailure: (reason: string) => void;
}

/**
 * Reports once when the map cannot show the zones: one of its sources failed (404, 5xx, a
 * truncated file), the worker died, or nothing loaded in time. Without it the reader would see
 * an uncoloured map and no word about why.
 */
export function watchForFailure(map: MapLibreMap, options: FailureWatchOptions): FailureWatch {
  let done = false;
  const fail = (reason: string) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    options.onFailure(reason.slice(0, 200));
  };
  const timer = setTimeout(() => fail('the map data did not finish loading'), options.timeoutMs);
  map.on('error', (event) => {
    const sourceId = (event as { sourceId?: string }).sourceId;
    const message = event.error?.message ?? 'unknown error';
    // Other errors (a missing pattern image, a cancelled tile) leave the zones readable.
    if ((sourceId && options.sources.includes(sourceId)) || /worker/i.test(message))
      fail(`${sourceId ?? 'map'}: ${message}`);
  });
  return {
    loaded() {
      if (!done) clearTimeout(timer);
    },
    stop() {
      done = true;
      clearTimeout(timer);
    },
  };
}
