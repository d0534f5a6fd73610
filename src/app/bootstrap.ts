import { createAppStore, type AppStore } from '../store/appStore';
import { parseUrlState } from '../url/params';
import { syncUrlWithStore } from '../url/urlSync';
import { loadPermissions } from '../data/loadPermissions';
import { assetUrl } from './appRoot';
import { installAutomationHook } from './automationHook';
import { createPlayController } from './playController';
import { todayIso } from '../domain/dates';

/** Wires one page: URL → store, store → URL, play controller, automation hook, data load. */
export function bootstrap(win: Window): AppStore {
  const today = todayIso();
  const { state, problems } = parseUrlState(win.location.search, { today });
  const store = createAppStore({
    today,
    date: state.date,
    weapon: state.weapon,
    zone: state.zone ?? null,
    lang: state.lang,
  });
  store.getState().addNotes(problems);
  installAutomationHook(store);
  syncUrlWithStore(store, win);
  const reducedMotion = win.matchMedia('(prefers-reduced-motion: reduce)');
  createPlayController(store, { prefersReducedMotion: () => reducedMotion.matches });
  loadPermissions(assetUrl('data/permissions.json', win.document)).then(
    (dataset) => store.getState().dataLoaded(dataset),
    (error: unknown) => store.getState().dataFailed(error instanceof Error ? error.message : String(error)),
  );
  return store;
}
