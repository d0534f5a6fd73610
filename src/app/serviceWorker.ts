import type { AppStore } from '../store/appStore';

/** Whether the page is the top-level document (a cross-origin parent may refuse to be compared). */
export function isTopLevel(win: Window): boolean {
  try {
    return win.top === win.self;
  } catch {
    return false;
  }
}

/**
 * Whether this page may install the offline copy. Never for pinned views (`?v=`): they must show
 * exactly what they pin, from the network. Nor for an embed inside someone else's page: the worker
 * would be installed in the host's storage partition, for a page the host's readers never opened
 * themselves; an embed opened on its own (top level) is a visit like the app's.
 */
export function mayRegisterServiceWorker(win: Window, page: 'app' | 'embed', pinned: boolean): boolean {
  return !pinned && (page === 'app' || isTopLevel(win));
}

/**
 * Registers the offline copy (dist/sw.js, scripts/build/serviceWorker.ts) and tells the store when
 * a newer build is waiting, so the page can offer to switch. Only where mayRegisterServiceWorker.
 */
export function registerServiceWorker(
  store: AppStore,
  win: Window,
  { page, pinned }: { page: 'app' | 'embed'; pinned: boolean },
): void {
  const sw = win.navigator.serviceWorker;
  if (!import.meta.env.PROD || !sw || !mayRegisterServiceWorker(win, page, pinned)) return;
  const root = win.document.querySelector('meta[name="app-root"]')?.getAttribute('content') ?? './';
  // Only a switch the reader asked for reloads the page (not the first worker taking control).
  let applied = false;
  const offer = (waiting: ServiceWorker) =>
    store.getState().setUpdate({
      apply: () => {
        applied = true;
        waiting.postMessage({ type: 'permission-map:sw-activate' });
      },
    });
  sw.addEventListener('controllerchange', () => {
    if (applied) win.location.reload();
  });
  sw.register(new URL(`${root}sw.js`, win.location.href), { scope: root })
    .then((registration: ServiceWorkerRegistration | undefined) => {
      // Some environments (test browsers that block workers) resolve with nothing.
      if (!registration) return;
      if (registration.waiting && sw.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && sw.controller) offer(installing);
        });
      });
    })
    .catch((error: unknown) => console.warn('permission-map: offline copy not available', error));
}
