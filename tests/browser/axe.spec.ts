import { expect, test, type Page } from '@playwright/test';
import { axeViolations, openApp } from './support/app';

// axe with WCAG 2.0–2.2 A/AA and best-practice rules: no violation of any impact, on every page
// and state (docs/accessibility.md).

async function expectNoViolations(page: Page, state: string): Promise<void> {
  expect(await axeViolations(page), state).toEqual([]);
}

test('the app: main view, details open, share dialog, presentation', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page, '?date=2024-06-01');
  await expectNoViolations(page, 'main');
  await openApp(page, '?date=2024-06-01&zone=kharkiv-sector');
  await expectNoViolations(page, 'details open');
  await page.getByTestId('share-open').click();
  await expect(page.getByTestId('embed-preview')).toBeVisible();
  await expectNoViolations(page, 'share dialog');
  await page.keyboard.press('Escape');
  await page.getByTestId('present').click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await expectNoViolations(page, 'presentation');
});

test('donor mode: Germany, details open, the share dialog; the embed for the UK', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page, '?donor=de&date=2024-06-10&zone=kharkiv-sector');
  await expect(page.locator('.legend li[data-status="no-statement"]')).toBeVisible();
  await expectNoViolations(page, 'donor de, details open');
  await page.getByTestId('share-open').click();
  await expect(page.getByTestId('embed-donor')).toBeVisible();
  await expectNoViolations(page, 'donor de, share dialog');
  await page.keyboard.press('Escape');
  await openApp(page, '?donor=gb&date=2024-06-10&lang=fr', 'embed/');
  await expectNoViolations(page, 'embed, donor gb, fr');
});

test('Ukrainian, dark theme, with a link note', async ({ page }) => {
  await openApp(page, '?lang=uk&theme=dark&weapon=nope&zone=crimea');
  await expectNoViolations(page, 'uk dark');
});

test('the embed, with and without its controls', async ({ page }) => {
  await openApp(page, '?date=2024-06-01', 'embed/');
  await expectNoViolations(page, 'embed');
  await openApp(page, '?date=2024-06-01&controls=0&legend=0&zone=crimea&lang=uk', 'embed/');
  await expectNoViolations(page, 'embed without controls, uk');
  await openApp(page, '?static=1', 'embed/');
  await expectNoViolations(page, 'embed static');
});
