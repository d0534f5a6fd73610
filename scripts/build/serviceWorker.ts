import { createHash } from 'node:crypto';

// The service worker (dist/sw.js), generated at build with the list of files it precaches and a
// version made from their contents. Hand-made rather than Workbox: it is small, has no runtime
// dependency, and does exactly three things:
//  - one cache per build: a reader gets every file from the same build, never a mix;
//  - a new build installs beside the old one and waits; the page says a newer version is ready
//    and switches only when the reader agrees (or on the next visit with no tab open);
//  - pinned views (`?v=` on the page) and anything not precached go to the network untouched.

const SOURCE = `'use strict';
const VERSION = __VERSION__;
const FILES = __FILES__;
const CACHE = 'permission-map-' + VERSION;
const scope = new URL(self.registration.scope);
const urlOf = (path) => new URL(path, scope).href;
const PRECACHED = new Set(FILES.map(urlOf));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(FILES.map((path) => new Request(urlOf(path), { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('permission-map-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'permission-map:sw-activate') self.skipWaiting();
});

const isPinned = (url) => url && new URL(url).searchParams.has('v');

// A page URL maps to its cached document: "embed/" and "embed/?date=…" are embed/index.html.
function cachedUrlFor(request) {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (request.mode === 'navigate' && url.pathname.endsWith('/')) url.pathname += 'index.html';
  return url.href;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== scope.origin) return;
  if (request.mode === 'navigate' && isPinned(request.url)) return;
  const key = cachedUrlFor(request);
  if (!PRECACHED.has(key)) return;
  event.respondWith(
    (async () => {
      if (request.mode !== 'navigate' && event.clientId) {
        const client = await self.clients.get(event.clientId);
        if (client && isPinned(client.url)) return fetch(request);
      }
      const cache = await caches.open(CACHE);
      return (await cache.match(key)) || fetch(request);
    })(),
  );
});
`;

/** Whether a built file belongs in the offline copy: the shell, the geometry, the current data. */
export function isPrecached(path: string): boolean {
  if (/^(bench|data\/versions)\//.test(path)) return false; // benchmarks; pinned data (fetched when asked)
  // The screenshot for a browser without WebGL that cannot load the zone picture either.
  if (path === 'static/map.png') return false;
  // The donors' data: the switch loads data/donors/<id>.json, so those work offline; the US one
  // duplicates permissions.json (which the app loads for the US) and the list is for readers.
  if (/^data\/donors(\/us\.json|\.json)$/.test(path)) return false;
  if (/(^|\/)(_headers|sw\.js|404\.html|oembed\.json)$/.test(path)) return false;
  if (/\.(csv|map)$/.test(path)) return false; // downloads and source maps: not needed to read the map
  return /\.(html|js|mjs|css|json|geojson|png|svg|webp)$/.test(path);
}

/** sw.js for these files (paths relative to the site root) with their contents. */
export function serviceWorkerSource(files: { path: string; content: Buffer }[]): string {
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const hash = createHash('sha256');
  for (const file of sorted) hash.update(file.path).update('\0').update(file.content);
  const version = hash.digest('hex').slice(0, 16);
  // Pages are stored under their index.html URL, which is what navigations map to.
  const stored = sorted.map((f) => f.path);
  return SOURCE.replace('__VERSION__', JSON.stringify(version)).replace('__FILES__', JSON.stringify(stored));
}
