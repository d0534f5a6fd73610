import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './tests/browser/support/chromium';

// PW_PORT lets several checkouts run browser tests side by side on one machine.
const PORT = Number(process.env['PW_PORT'] ?? 4173);

// Browser tests run against the *built* app (vite preview of dist/), as users get it.
export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 860 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never reuse a server already on the port: it may be another checkout's preview, serving a
    // different build (a stale dist/ made the URL fuzz fail once). A busy port fails clearly.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
