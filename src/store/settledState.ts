import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppStore } from './appStore';

type AppStoreState = ReturnType<AppStore['getState']>;

/**
 * How long the date must stay put before the texts that follow it at rest catch up: longer than
 * the gap between two steps of a drag, of a held arrow key (about 33 ms) or of play (a frame),
 * short enough that a reader who stops sees them follow at once.
 */
export const SETTLE_MS = 250;

/** The app state as of the date's last rest, and whether the date is moving on from it. */
export interface SettledState {
  state: AppStoreState;
  /** True while the date moves faster than SETTLE_MS between steps: `state` is behind. */
  settling: boolean;
}

export type SettledStore = Pick<StoreApi<SettledState>, 'getState' | 'subscribe' | 'getInitialState'>;

export interface SettleOptions {
  quietMs?: number;
  now?: () => number;
  timers?: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;
}

/**
 * A mirror of the app store for the texts that need not move with every slider step (the summary
 * sentence, the date field, the table caption, links that carry the date). A lone date change
 * passes at once; a run of quick changes (a drag, a held key, play) is held back until the date
 * has rested for `quietMs`, then the mirror takes the latest state whole. While a run lasts,
 * nothing else passes either, so a held text never mixes the old date with a newer epoch.
 *
 * Why: each of these texts is a region the browser lays out and paints again on every step. In
 * a sweep of the slider they doubled the frames that missed their slot (see docs/performance.md).
 * The date in large type, the track, the thumb's ARIA value and the map still follow every step.
 */
export function createSettledStore(
  store: AppStore,
  { quietMs = SETTLE_MS, now = () => performance.now(), timers = globalThis }: SettleOptions = {},
): SettledStore {
  const settled = createStore<SettledState>()(() => ({ state: store.getState(), settling: false }));
  let lastDateChange = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const settle = () => {
    timer = null;
    settled.setState({ state: store.getState(), settling: false });
  };
  store.subscribe((next, previous) => {
    const dateMoved = next.date !== previous.date;
    const at = now();
    const quick = dateMoved && at - lastDateChange < quietMs;
    if (dateMoved) lastDateChange = at;
    if (timer === null && !quick) {
      settled.setState({ state: next });
      return;
    }
    if (dateMoved) {
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(settle, quietMs);
    }
    if (!settled.getState().settling) settled.setState({ settling: true });
  });
  return settled;
}

const mirrors = new WeakMap<AppStore, SettledStore>();

/** The one settled mirror of a store, made on first use. */
export function settledStoreOf(store: AppStore): SettledStore {
  let mirror = mirrors.get(store);
  if (!mirror) {
    mirror = createSettledStore(store);
    mirrors.set(store, mirror);
  }
  return mirror;
}
