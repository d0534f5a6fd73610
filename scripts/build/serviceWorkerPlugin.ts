import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { afterBuildPlugin, filesUnder } from './securityPlugin.ts';
import { isPrecached, serviceWorkerSource } from './serviceWorker.ts';

/**
 * Writes dist/sw.js (scripts/build/serviceWorker.ts) once every other plugin has written its
 * files, the CSP included, so the precached pages are byte for byte the deployed ones.
 */
export function serviceWorkerPlugin(): Plugin {
  return afterBuildPlugin('permission-map-service-worker', (outDir) => {
    const files = filesUnder(outDir)
      .map((file) => relative(outDir, file).split(sep).join('/'))
      .filter(isPrecached)
      .map((path) => ({ path, content: readFileSync(join(outDir, path)) }));
    writeFileSync(join(outDir, 'sw.js'), serviceWorkerSource(files));
  });
}
