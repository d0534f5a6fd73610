// The place query in the built app: a click opens the panel with the right distance, the
// keyboard list reaches a site, the panel follows the slider, the hook answers, axe passes.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { openApp, seriousAxeViolations } from './support/app';

const context = JSON.parse(readFileSync('public/geo/context.geojson', 'utf8')) as FeatureCollection;
const border = context.features.find((f) => f.properties?.['kind'] === 'border') as Feature<LineString>;
/** An independent geodesic distance (turf) to the same border line. */
const turfKm = (lngLat: [number, number]) =>
  turf.pointToLineDistance(lngLat, border, { units: 'kilometers' });

test.describe('place panel', () => {
  test('a click on the map opens the panel with the distance to the border', async ({ page }) => {
    await openApp(page, '?date=2024-12-01&weapon=atacms');
    const point: [number, number] = [40.6, 50.3]; // Voronezh oblast, away from any site marker
    const xy = await page.evaluate((ll) => window.permissionMap!.project(ll), point);
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    await page.mouse.click(box!.x + xy![0], box!.y + xy![1]);
    const panel = page.getByTestId('place-panel');
    await expect(panel.getByTestId('place-distance')).not.toHaveAttribute('data-km', '');
    const km = Number(await panel.getByTestId('place-distance').getAttribute('data-km'));
    expect(Math.abs(km - turfKm(point))).toBeLessThan(3); // a click lands within a pixel or two
    await expect(panel.getByTestId('place-zone')).toHaveAttribute('data-zone', /border-zone|deep-russia/);
    await expect(page).toHaveURL(/[?&]at=50\.\d+%2C40\.\d+/);
    await expect(page.getByTestId('legend-reach')).toContainText('300');
  });

  test('the keyboard list opens a site, and the panel follows the slider (ATACMS 165 → 300 km)', async ({
    page,
  }) => {
    await openApp(page, '?date=2024-01-15&weapon=atacms');
    await page.getByTestId('place-search').fill('baltimor');
    // Sites load after the first view, or at once when the finder gets focus: a reader tabs once
    // the site is listed.
    const site = page.locator('.place-finder__item[data-place="baltimor-air-base"]');
    await expect(site).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(site).toBeFocused();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('place-panel');
    await expect(panel.locator('h2')).toContainText('Voronezh Baltimor');
    await expect(page).toHaveURL(/place=baltimor-air-base/);
    const atacms = panel.locator('tr[data-weapon="atacms"]');
    await expect(atacms).toHaveAttribute('data-in-reach', 'false');
    await expect(panel.getByTestId('site-details')).toBeVisible();
    await page.evaluate(() => window.permissionMap!.setDate('2024-12-01'));
    await expect(atacms).toHaveAttribute('data-in-reach', 'true');
    await expect(panel.locator('h2')).toContainText('1 December 2024');
  });

  test('Morozovsk on 1 December 2024 from a link: zone, distance, statuses; placeAt agrees', async ({
    page,
  }) => {
    await openApp(page, '?date=2024-12-01&place=morozovsk-air-base');
    const panel = page.getByTestId('place-panel');
    await expect(panel.getByTestId('place-zone')).toHaveAttribute('data-zone', 'deep-russia');
    const km = Number(await panel.getByTestId('place-distance').getAttribute('data-km'));
    expect(Math.abs(km - turfKm([41.783, 48.313]))).toBeLessThan(2);
    const answer = await page.evaluate(() => window.permissionMap!.placeAt([41.783, 48.313]));
    expect(answer.zone).toBe('deep-russia');
    expect(Math.abs(answer.distanceToBorderKm! - km)).toBeLessThan(1);
    expect(answer.inReach).toMatchObject({ atacms: true, himars: false, 'long-range-other': null });
    const state = await page.evaluate(() => window.permissionMap!.getState());
    expect(answer.statuses).toEqual(state.statuses!['deep-russia']);
    const crimea = await page.evaluate(() => window.permissionMap!.placeAt([34.1, 44.95]));
    expect(crimea).toMatchObject({ zone: 'crimea', distanceToBorderKm: null });
  });

  test('axe-core finds no serious or critical violations with the place panel open', async ({ page }) => {
    await openApp(page, '?date=2024-12-01&weapon=atacms&place=crimean-bridge');
    await expect(page.getByTestId('site-details')).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('on a phone the panel is a bottom sheet that folds, leaving the slider reachable', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openApp(page, '?date=2024-12-01&place=morozovsk-air-base');
    const panel = page.getByTestId('place-panel');
    await expect(panel).toHaveCSS('position', 'fixed');
    await panel.getByRole('button', { name: 'Fold the place panel' }).click();
    const sheet = await panel.boundingBox();
    expect(sheet!.height).toBeLessThan(120);
    const slider = page.getByRole('slider').first();
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(sheet!.y + 1);
  });
});
