import { setWorkerUrl } from 'maplibre-gl';
// `?worker&url` makes Vite emit the worker with its shared chunk; a plain `?url` works in dev but
// leaves production builds blank (the worker's sibling module 404s).
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);
