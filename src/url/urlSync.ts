import type { AppStore } from '../store/appStore';
import { writeUrlState, type UrlState } from './params';

const WRITE_INTERVAL_MS = 250;

/** The parameters the store owns; the others (embed flags, `v`, a host's own) are left as they are. */
function urlStateOf(store: AppStore): Partial<UrlState> {
  const s = store.getState();
  return { date: s.date, weapon: s.weapon, zone: s.zone ?? undefined, lang: s.lang, theme: s.theme };
}

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
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWrite = 0;

  const write = () => {
    timer = null;
    lastWrite = Date.now();
    const search = writeUrlState(win.location.search, urlStateOf(store), defaults, fixes);
    if (search !== win.location.search) {
      win.history.replaceState(
        win.history.state,
        '',
        `${win.location.pathname}${search}${win.location.hash}`,
      );
    }
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (
      s.date === prev.date &&
      s.weapon === prev.weapon &&
      s.zone === prev.zone &&
      s.lang === prev.lang &&
      s.theme === prev.theme
    )
      return;
    if (timer) return;
    const wait = Math.max(0, WRITE_INTERVAL_MS - (Date.now() - lastWrite));
    timer = setTimeout(write, wait);
  });

  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
