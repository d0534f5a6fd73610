import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { withSecurityMeta } from './csp';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Writes the CSP and referrer policy into every built page. It runs after everything is written
 * (writeBundle, last), so the hashes cover every inline script any other plugin added, and the
 * pages copied from public/ (404.html) get the policy too.
 */
export function securityPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'permission-map-security',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/')
        ? config.build.outDir
        : join(config.root, config.build.outDir);
    },
    writeBundle: {
      order: 'post',
      handler() {
        for (const file of htmlFiles(outDir))
          writeFileSync(file, withSecurityMeta(readFileSync(file, 'utf8')));
      },
    },
  };
}
