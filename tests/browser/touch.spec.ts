import { expect, test } from '@playwright/test';
import { ZONE_SAMPLE_POINTS } from '../support/zoneSamples';
import { openApp } from './support/app';

test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

test('touch: tapping the timeline moves the date, tapping a zone opens its details', async ({ page }) => {
  await openApp(page, '?date=2022-03-01');
  await page.getByTestId('slider-track').scrollIntoViewIfNeeded();
  const box = (await page.getByTestId('slider-track').boundingBox())!;
  await page.touchscreen.tap(box.x + box.width * 0.75, box.y + box.height / 2);
  const totalDays = Number(await page.getByRole('slider').getAttribute('aria-valuemax'));
  const dayIndex = Number(await page.getByRole('slider').getAttribute('aria-valuenow'));
  expect(
    Math.abs(dayIndex - 0.75 * totalDays),
    `a tap at 75 % of the track lands near day ${0.75 * totalDays}`,
  ).toBeLessThanOrEqual(3);

  await page.locator('.maplibregl-canvas').scrollIntoViewIfNeeded();
  const [x, y] = (await page.evaluate(
    (p) => window.permissionMap!.project(p),
    ZONE_SAMPLE_POINTS['crimea'],
  ))!;
  const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.touchscreen.tap(canvas.x + x, canvas.y + y);
  await expect(page.getByTestId('zone-detail').getByRole('heading', { level: 2 })).toContainText('Crimea');
});
