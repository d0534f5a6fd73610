import { createAppStore, type AppStore } from '../store/appStore';
import { parseUrlState, type UrlState } from '../url/params';
import { syncUrlWithStore } from '../url/urlSync';
import {
  loadPermissions,
  loadVersions,
  UnknownVersionError,
  type VersionsIndex,
} from '../data/loadPermissions';
import { loadComparedDataset, loadDonorDataset, type DonorSource } from '../data/loadDonor';
import { assetUrl } from './appRoot';
import { installAutomationHook } from './automationHook';
import { createPlayController } from './playController';
import { todayIso } from '../domain/dates';
import { loadReach } from '../data/loadReach';
import { resolvePlace } from './placeCatalogue';
import { preferredLang, type Lang } from '../i18n/locale';
import { loadLanguage } from '../i18n/loadLanguage';
import { registerServiceWorker } from './serviceWorker';
import { afterFirstView } from './afterFirstView';
import { subscribeSlice } from '../store/subscribeSlice';
import { whenDateStill } from '../store/whenDateStill';

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
    (error: unknown) => {
      console.warn('Sites and ranges could not be loaded:', error);
      store.getState().reachLoadFailed();
    },
  );
}

/**
 * Resolves once the first view is complete and the reader has left the date alone: the moment
 * for work no one is waiting for, which would otherwise land between two slider steps.
 */
function whenSettled(store: AppStore, win: Window): Promise<void> {
  return afterFirstView(win).then(() => new Promise<void>((resolve) => whenDateStill(store, resolve)));
}

/**
 * The place panel's data is not part of the first view: it loads at once when a place is open,
 * when the reader opens one or turns to the place finder, and otherwise once the first view is
 * complete and the slider still.
 */
function scheduleReachLoad(store: AppStore, win: Window, resolve: (path: string) => string): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    stop();
    startReachLoad(store, resolve);
  };
  const stop = subscribeSlice(
    store,
    (s) => s.place,
    (place) => place && start(),
  );
  store.getState().setReachLoader(start);
  if (store.getState().place) start();
  else void whenSettled(store, win).then(start);
}

/**
 * Where donor files come from for this page: the pinned version's, and when that version predates
 * the donors' versioned files, the current ones, with one note saying so.
 */
function donorSource(
  store: AppStore,
  pinnedVersion: string | undefined,
  versions: Promise<VersionsIndex>,
): DonorSource {
  let noted = false;
  return {
    pinnedVersion,
    versions,
    onUnversioned(version) {
      if (noted) return;
      noted = true;
      store.getState().addNotes([{ param: 'v', value: version, reason: 'donorsUnversioned' }]);
    },
  };
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
    donor: state.donor ?? 'us',
    lang: initialLang(state.lang, win),
    theme: state.theme,
    pinnedVersion: state.v ?? null,
    place: state.place ? { id: state.place } : state.at ? { at: state.at } : null,
    compare: state.compare ?? null,
    group: state.group,
  });
  store.getState().addNotes(problems);
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
  // The donor of the link first (`?donor=`); the switch loads the others on demand, a pinned view
  // from its version's files.
  const donor = store.getState().donor;
  const source = donorSource(store, state.v, versions);
  store.getState().setDonorLoader((id) => loadDonorDataset(resolve, id, source));
  const first = () =>
    donor === 'us'
      ? loadPermissions(resolve, state.v, {}, versions)
      : loadDonorDataset(resolve, donor, source);
  const load = () =>
    Promise.all([first(), ready]).then(
      ([dataset]) => {
        store.getState().dataLoaded(dataset);
        if (page === 'app') scheduleReachLoad(store, win, resolve);
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
  store.getState().setCompareLoader((donor) => ready.then(() => loadComparedDataset(resolve, donor, source)));
  // The offline copy downloads the whole build: only once the first view has what it needs.
  void whenSettled(store, win).then(() =>
    registerServiceWorker(store, win, { page, pinned: state.v !== undefined }),
  );
  return { store, url: state, ready };
}
