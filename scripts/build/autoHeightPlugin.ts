import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const SOURCE = resolve(import.meta.dirname, '../../public/embed/auto-height.js');

/** The versioned path and Subresource Integrity hash of the auto-height script, from its bytes. */
export function autoHeightScript(source = readFileSync(SOURCE)): { path: string; integrity: string } {
  const version = createHash('sha256').update(source).digest('hex').slice(0, 10);
  return {
    path: `embed/auto-height-${version}.js`,
    integrity: `sha384-${createHash('sha384').update(source).digest('base64')}`,
  };
}

/** For vite and vitest configs: the snippet builder reads the script's path and hash from here. */
export function autoHeightDefine(): Record<string, string> {
  return { __AUTO_HEIGHT_SCRIPT__: JSON.stringify(autoHeightScript()) };
}

/**
 * Publishes the host page's auto-height script under a content-hashed name as well, so a snippet
 * can pin it with an `integrity` hash (a changed file gets a new name; the old one stays valid
 * for the pages that use it), and can be cached for a year. The plain embed/auto-height.js stays
 * for snippets made before.
 */
export function autoHeightPlugin(): Plugin {
  const script = autoHeightScript();
  return {
    name: 'permission-map-auto-height',
    config: () => ({ define: autoHeightDefine() }),
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.endsWith(script.path)) return next();
        res.setHeader('content-type', 'text/javascript; charset=utf-8');
        res.end(readFileSync(SOURCE));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: script.path, source: readFileSync(SOURCE) });
    },
  };
}
