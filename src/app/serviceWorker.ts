import type { AppStore } from '../store/appStore';

/**
 * Registers the offline copy (dist/sw.js, scripts/build/serviceWorker.ts) and tells the store when
 * a newer build is waiting, so the page can offer to switch. Never for pinned views (`?v=`): they
 * must show exactly what they pin, from the network, and the worker leaves them alone.
 */
export function registerServiceWorker(store: AppStore, win: Window, pinned: boolean): void {
  const sw = win.navigator.serviceWorker;
  if (!import.meta.env.PROD || pinned || !sw) return;
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
