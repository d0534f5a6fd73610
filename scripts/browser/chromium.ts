import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium (or CHROME_PATH): Playwright's own browser downloads do not work here. */
export function chromiumPath(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const candidate of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execSync(`command -v ${candidate}`, { encoding: 'utf8', shell: '/bin/sh' }).trim();
      if (found) return found;
    } catch {
      // try the next name
    }
  }
  throw new Error(
    'No Chromium found: run `npm run setup:test` (installs Debian chromium) or set CHROME_PATH.',
  );
}

/** Real WebGL2 through SwiftShader, and no calls home from the browser itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
