import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { withSecurityMeta } from './csp.ts';

/** Every file under `dir`, as absolute paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function outDirOf(config: ResolvedConfig): string {
  return isAbsolute(config.build.outDir) ? config.build.outDir : join(config.root, config.build.outDir);
}

/**
 * Writes the CSP and referrer policy into every built page. It runs after everything is written
 * (writeBundle, last), so the hashes cover every inline script any other plugin added, and the
 * pages copied from public/ (404.html) get the policy too.
 */
/**
 * A plugin that runs once the whole build is written (writeBundle, post, in order): the last
 * steps read and rewrite dist/ itself. `handler` gets the output folder.
 */
export function afterBuildPlugin(name: string, handler: (outDir: string) => void): Plugin {
  let outDir = 'dist';
  return {
    name,
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = outDirOf(config);
    },
    writeBundle: { order: 'post', sequential: true, handler: () => handler(outDir) },
  };
}

export function securityPlugin(): Plugin {
  return afterBuildPlugin('permission-map-security', (outDir) => {
    for (const file of filesUnder(outDir).filter((f) => f.endsWith('.html')))
      writeFileSync(file, withSecurityMeta(readFileSync(file, 'utf8')));
  });
}
