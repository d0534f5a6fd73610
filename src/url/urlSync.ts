import type { AppStore } from '../store/appStore';
import { shallowEqual, subscribeSlice } from '../store/subscribeSlice';
import { urlStateOf } from './links';
import { writeUrlState, type UrlState } from './params';

const WRITE_INTERVAL_MS = 250;

/**
 * Mirrors the store into the address bar with replaceState (no history entry per slider tick),
 * at most every 250 ms while dragging, and always with the final value.
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
  let lastWrite = 0;

  const write = () => {
    timer = null;
    lastWrite = Date.now();
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
      if (timer) return;
      const wait = Math.max(0, WRITE_INTERVAL_MS - (Date.now() - lastWrite));
      timer = setTimeout(write, wait);
    },
    shallowEqual,
  );

  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
