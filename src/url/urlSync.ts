import type { AppStore } from '../store/appStore';
import { shallowEqual, subscribeSlice } from '../store/subscribeSlice';
import { urlStateOf } from './links';
import { writeUrlState, type UrlState } from './params';

/** The address bar follows once the state has rested this long… */
const SETTLE_MS = 300;
/** …or at least this often while it keeps changing (playback, a long drag). */
const MAX_WAIT_MS = 2000;

/**
 * Mirrors the store into the address bar with replaceState (no history entry per slider tick),
 * once the state has settled, and always with the final value. Each replaceState is a
 * same-document navigation that cost 5–9 ms on the slider's frames; written every 250 ms, it
 * was the largest single cost of a step.
 */
export function syncUrlWithStore(
  store: AppStore,
  win: Window = window,
  fixes: ReadonlyMap<string, string | null> = new Map(),
): () => void {
  const defaults: Partial<UrlState> = {
    date: store.getState().today,
    weapon: 'all',
    zone: undefined,
    lang: 'en',
    theme: 'auto',
    place: undefined,
    at: undefined,
    compare: undefined,
    group: 'all',
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending = 0;

  const write = () => {
    timer = null;
    firstPending = 0;
    const search = writeUrlState(win.location.search, urlStateOf(store.getState()), defaults, fixes);
    if (search !== win.location.search) {
      win.history.replaceState(
        win.history.state,
        '',
        `${win.location.pathname}${search}${win.location.hash}`,
      );
    }
  };

  const unsubscribe = subscribeSlice(
    store,
    (s) => urlStateOf(s),
    () => {
      const now = Date.now();
      if (!firstPending) firstPending = now;
      if (timer) clearTimeout(timer);
      timer = setTimeout(write, Math.min(SETTLE_MS, Math.max(0, firstPending + MAX_WAIT_MS - now)));
    },
    shallowEqual,
  );

  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
