import { createAppStore, type AppStore } from '../store/appStore';
import { parseUrlState, type UrlState } from '../url/params';
import { syncUrlWithStore } from '../url/urlSync';
import { loadPermissions, UnknownVersionError } from '../data/loadPermissions';
import { assetUrl } from './appRoot';
import { installAutomationHook } from './automationHook';
import { createPlayController } from './playController';
import { todayIso } from '../domain/dates';
import { registerServiceWorker } from './serviceWorker';

/** Wires one page: URL → store, store → URL, play controller, automation hook, data load. */
export function bootstrap(win: Window, page: 'app' | 'embed'): { store: AppStore; url: UrlState } {
  const today = todayIso();
  const { state, problems, fixes } = parseUrlState(win.location.search, { today, page });
  const store = createAppStore({
    today,
    date: state.date,
    weapon: state.weapon,
    zone: state.zone ?? null,
    lang: state.lang,
    theme: state.theme,
    pinnedVersion: state.v ?? null,
  });
  store.getState().addNotes(problems);
  installAutomationHook(store);
  syncUrlWithStore(store, win, fixes);
  const reducedMotion = win.matchMedia('(prefers-reduced-motion: reduce)');
  createPlayController(store, { prefersReducedMotion: () => reducedMotion.matches });
  const load = () =>
    loadPermissions((path) => assetUrl(path, win.document), state.v).then(
      (dataset) => store.getState().dataLoaded(dataset),
      (error: unknown) =>
        store
          .getState()
          .dataFailed(
            error instanceof UnknownVersionError
              ? { message: error.message, currentVersion: error.current, part: 'data' }
              : { message: error instanceof Error ? error.message : String(error), part: 'data' },
          ),
    );
  store.getState().setLoader(load);
  void load();
  registerServiceWorker(store, win, state.v !== undefined);
  return { store, url: state };
}
