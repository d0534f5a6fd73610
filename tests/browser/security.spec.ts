import { expect, test } from '@playwright/test';
import { openApp } from './support/app';
import { recordCspViolations } from './support/failures';

// The built pages carry a strict Content-Security-Policy (scripts/build/csp.ts). Each test walks
// one page through its states and expects not a single violation report, in the page or its frames.

test('the app: detail, share dialog with preview and PNG, presentation, Ukrainian: no CSP violation', async ({
  page,
}) => {
  const violations = await recordCspViolations(page);
  await openApp(page, '?date=2024-06-01&zone=kharkiv-sector');
  await page.getByTestId('share-open').click();
  await expect(page.getByTestId('embed-preview')).toBeVisible();
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await expect(preview.locator('.embed')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId('png-download').click(),
  ]);
  expect(await download.failure()).toBeNull();
  await page.keyboard.press('Escape');
  await page.getByTestId('present').click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Escape');
  await openApp(page, '?lang=uk&theme=dark');
  expect(await violations()).toEqual([]);
});

test('the embed: no CSP violation, and the policy is in force', async ({ page }) => {
  const violations = await recordCspViolations(page);
  await openApp(page, '?date=2022-06-01&weapon=himars', 'embed/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe(
    'strict-origin-when-cross-origin',
  );
  expect(await violations()).toEqual([]);
  // The policy really blocks: an injected inline script does not run, and is reported.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.body.append(s);
  });
  await expect.poll(async () => (await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
});
