import { createAppStore, type AppStore } from '../store/appStore';
import { parseUrlState, type UrlState } from '../url/params';
import { syncUrlWithStore } from '../url/urlSync';
import { loadPermissions, loadVersions, UnknownVersionError } from '../data/loadPermissions';
import { assetUrl } from './appRoot';
import { installAutomationHook } from './automationHook';
import { createPlayController } from './playController';
import { todayIso } from '../domain/dates';
import { loadReach } from '../data/loadReach';
import { resolvePlace } from './placeCatalogue';
import { preferredLang, type Lang } from '../i18n/locale';
import { loadLanguage } from '../i18n/loadLanguage';
import { registerServiceWorker } from './serviceWorker';
import { loadDonorDataset } from '../data/loadDonor';

/** `?lang=` first, then the reader's browser languages, then English. */
function initialLang(urlLang: Lang | undefined, win: Window): Lang {
  return urlLang ?? preferredLang(win.navigator.languages);
}

/** Loads the page's language; if its files cannot be had, the page carries on in English. */
async function prepareLanguage(store: AppStore, win: Window): Promise<void> {
  const lang = store.getState().lang;
  try {
    await loadLanguage(lang, (path) => assetUrl(path, win.document));
  } catch (error) {
    console.warn(`The ${lang} interface could not be loaded; showing English. ${String(error)}`);
    store.getState().setLang('en');
  }
}

/** Sites and ranges load after the permissions; an unknown `place=` id is then dropped with a note. */
function startReachLoad(store: AppStore, resolve: (path: string) => string): void {
  loadReach(resolve).then(
    (reach) => {
      const s = store.getState();
      s.reachLoaded(reach);
      if (s.place && !resolvePlace(s.place, reach, s.lang)) {
        s.addNotes([{ param: 'place', value: 'id' in s.place ? s.place.id : '', reason: 'place' }]);
        s.selectPlace(null);
      }
    },
    (error: unknown) => console.warn('Sites and ranges could not be loaded:', error),
  );
}

function storeFor(
  win: Window,
  page: 'app' | 'embed',
): { store: AppStore; state: UrlState; fixes: ReadonlyMap<string, string | null> } {
  const today = todayIso();
  const { state, problems, fixes } = parseUrlState(win.location.search, { today, page });
  const store = createAppStore({
    today,
    date: state.date,
    weapon: state.weapon,
    zone: state.zone ?? null,
    lang: initialLang(state.lang, win),
    theme: state.theme,
    pinnedVersion: state.v ?? null,
    place: state.place ? { id: state.place } : state.at ? { at: state.at } : null,
    compare: state.compare ?? null,
    group: state.group,
  });
  store.getState().addNotes(problems);
  // Donor files are not versioned yet: a pinned view that compares says it uses the current data.
  if (state.compare && state.v)
    store.getState().addNotes([{ param: 'v', value: state.v, reason: 'comparePinned' }]);
  return { store, state, fixes };
}

/**
 * Wires one page: URL → store, store → URL, play controller, automation hook, language and data
 * load (with a retry the error message offers). Render once `ready` resolves (the language's
 * catalogue and texts are in). The full app also loads sites and ranges for the place panel.
 */
export function bootstrap(
  win: Window,
  page: 'app' | 'embed',
): { store: AppStore; url: UrlState; ready: Promise<void> } {
  const { store, state, fixes } = storeFor(win, page);
  installAutomationHook(store);
  syncUrlWithStore(store, win, fixes);
  const reducedMotion = win.matchMedia('(prefers-reduced-motion: reduce)');
  createPlayController(store, { prefersReducedMotion: () => reducedMotion.matches });
  const resolve = (path: string) => assetUrl(path, win.document);
  // The versions list feeds the "newer version" note and the Data versions section; without it
  // the map still works, so its failure is not an error of the page.
  const versions = loadVersions(resolve);
  versions.then(
    (index) => store.getState().versionsLoaded(index),
    () => undefined,
  );
  const ready = prepareLanguage(store, win);
  const load = () =>
    Promise.all([loadPermissions(resolve, state.v, {}, versions), ready]).then(
      ([dataset]) => {
        store.getState().dataLoaded(dataset);
        if (page === 'app') startReachLoad(store, resolve);
      },
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
  // Donor files load only when a comparison asks for them (now, or later from the page).
  store.getState().setCompareLoader((donor) => ready.then(() => loadDonorDataset(resolve, donor)));
  registerServiceWorker(store, win, { page, pinned: state.v !== undefined });
  return { store, url: state, ready };
}
