import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { openApp } from './support/app';

// The offline copy (dist/sw.js): after one visit the app works with the network off, updates
// wait for the reader, and pinned views are never served from it.

async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    return registration.active?.state;
  });
}

const cacheNames = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('permission-map-')));

test('after one visit the app and the embed work offline', async ({ page, context }) => {
  await openApp(page, '?date=2024-06-01');
  await waitForOfflineCopy(page);
  await context.setOffline(true);
  await openApp(page, '?date=2024-11-25&weapon=atacms');
  expect(await page.evaluate(() => window.permissionMap!.getState().shown)).not.toBeNull();
  await expect(page.getByTestId('status-table')).toBeVisible();
  await openApp(page, '?date=2022-06-01', 'embed/');
  await expect(page.locator('.embed__credit')).toBeVisible();
  // A donor's file is in the offline copy too (the donor switch, issue #15).
  await openApp(page, '?donor=de&date=2024-06-10');
  expect(await page.evaluate(() => window.permissionMap!.getState().donor)).toBe('de');
  expect(await cacheNames(page)).toHaveLength(1);
  await context.setOffline(false);
});

test('a pinned view (?v=) is never served from the offline copy', async ({ page, context }) => {
  await openApp(page);
  await waitForOfflineCopy(page);
  await context.setOffline(true);
  await expect(page.goto('./embed/?v=2026-11-22')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  await context.setOffline(false);
});

test('a newer build waits until the reader asks for it, then replaces the old one whole', async ({
  page,
}) => {
  const swPath = 'dist/sw.js';
  const original = readFileSync(swPath, 'utf8');
  try {
    await openApp(page);
    await waitForOfflineCopy(page);
    const before = await cacheNames(page);
    // A new deploy: a different sw.js (another version) on the server.
    writeFileSync(swPath, original.replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(page.getByTestId('update-note')).toBeVisible();
    // Until the reader agrees, the page stays on the build it started with.
    expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toContain('sw.js');
    await Promise.all([
      page.waitForEvent('load'),
      page.getByTestId('update-note').getByRole('button').click(),
    ]);
    await page.waitForFunction(() => window.permissionMap?.getState().shown != null);
    await expect.poll(() => cacheNames(page)).toEqual([`${before[0]}-next`]);
  } finally {
    writeFileSync(swPath, original);
  }
});
