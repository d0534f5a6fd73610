// Makes the README screenshots and the no-WebGL fallback picture from the *built* app:
//   npm run build && npm run screenshots
// Writes docs/screenshots/app-1440.png, app-375.png, one app-1440-<lang>.png per further language
// (the Kharkiv-sector detail on 5 June 2024) and public/static/map.png. PW_PORT picks the port.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromiumPath, CHROMIUM_ARGS } from './browser/chromium';

const PORT = Number(process.env['PW_PORT'] ?? 4174);
const BASE = `http://127.0.0.1:${PORT}/`;

async function waitForServer(url: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`preview server did not start at ${url}`);
}

async function main(): Promise<void> {
  const dataset = JSON.parse(readFileSync('dist/data/permissions.json', 'utf8')) as {
    reviewedThrough: string;
  };
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { stdio: 'ignore' },
  );
  try {
    await waitForServer(BASE);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    mkdirSync('docs/screenshots', { recursive: true });
    mkdirSync('public/static', { recursive: true });
    const shots = [
      {
        width: 1440,
        height: 1000,
        query: '?date=2024-06-01&zone=kharkiv-sector',
        file: 'docs/screenshots/app-1440.png',
        fullPage: false,
      },
      {
        width: 375,
        height: 812,
        query: '?date=2024-11-25',
        file: 'docs/screenshots/app-375.png',
        fullPage: false,
      },
      ...(['uk', 'de', 'fr'] as const).map((lang) => ({
        width: 1440,
        height: 1000,
        query: `?lang=${lang}&date=2024-06-05&zone=kharkiv-sector`,
        file: `docs/screenshots/app-1440-${lang}.png`,
        fullPage: false,
      })),
    ];
    for (const shot of shots) {
      const page = await browser.newPage({
        viewport: { width: shot.width, height: shot.height },
        deviceScaleFactor: 1,
        reducedMotion: 'reduce',
      });
      await page.goto(`${BASE}${shot.query}`);
      await page.waitForFunction(
        () => window.permissionMap?.mapReady && window.permissionMap.getState().shown !== null,
        null,
        { timeout: 30_000 },
      );
      await page.evaluate(() => window.permissionMap!.whenIdle(20_000));
      await page.screenshot({ path: shot.file, fullPage: shot.fullPage });
      console.log(`wrote ${shot.file}`);
      await page.close();
    }
    const page = await browser.newPage({
      viewport: { width: 900, height: 700 },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
    });
    await page.goto(`${BASE}?date=${dataset.reviewedThrough}`);
    await page.waitForFunction(
      () => window.permissionMap?.mapReady && window.permissionMap.getState().shown !== null,
      null,
      { timeout: 30_000 },
    );
    await page.evaluate(() => window.permissionMap!.whenIdle(20_000));
    await page.locator('.app__map-wrap').screenshot({ path: 'public/static/map.png' });
    console.log('wrote public/static/map.png');
    await browser.close();
  } finally {
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
