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

  // The four columns' widths depend on the language: German and Ukrainian headers are long. Where
  // they do not fit the panel, each weapon is a block of labelled lines; nothing is cut off, the
  // page gains no sideways scroll, and a screen reader still hears a table with its headers.
  for (const [lang, layout] of [
    ['en', 'columns'],
    ['uk', 'stacked'],
    ['de', 'stacked'],
    ['fr', 'columns'],
  ] as const) {
    test(`${lang}: the place table fits the side panel at 1280 px (${layout})`, async ({ page }) => {
      await openApp(page, `?lang=${lang}&date=2024-12-01&place=morozovsk-air-base`);
      const panel = page.getByTestId('place-panel');
      const table = panel.getByTestId('place-table');
      await expect(table).toHaveAttribute('data-layout', layout);
      const inner = await panel.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left + el.clientLeft, right: r.left + el.clientLeft + el.clientWidth };
      });
      for (const cell of await table.locator('tbody td, tbody th').all()) {
        const box = (await cell.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(inner.left);
        expect(box.x + box.width).toBeLessThanOrEqual(inner.right + 0.5);
      }
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(sideways).toBeLessThanOrEqual(0);
    });
  }

  test('slider steps that change no text in the table do not lay it out again', async ({ page }) => {
    await openApp(page, '?lang=de&date=2024-12-01&place=morozovsk-air-base');
    const table = page.getByTestId('place-table');
    await expect(table).toHaveAttribute('data-layout', 'stacked');
    const before = await table.innerText();
    // Each measurement switches the table to columns and back: count the switches.
    await table.evaluate((el) => {
      const w = window as unknown as { __switches: number };
      w.__switches = 0;
      new MutationObserver((records) => (w.__switches += records.length)).observe(el, {
        attributes: true,
        attributeFilter: ['data-layout'],
      });
    });
    await page.getByRole('slider').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('place-panel').locator('h2')).toContainText('2. Dezember 2024');
    expect(await table.innerText()).toBe(before);
    expect(await page.evaluate(() => (window as unknown as { __switches: number }).__switches)).toBe(0);
  });

  test('stacked rows still read as a table: headers, cells, and no doubled labels', async ({ page }) => {
    await openApp(page, '?lang=de&date=2024-12-01&place=morozovsk-air-base');
    const table = page.getByTestId('place-table');
    await expect(table).toHaveAttribute('data-layout', 'stacked');
    // The label is drawn before the value, but only the value is in the cell's text.
    const label = await table
      .locator('tr[data-weapon="atacms"] td')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toContain('Status hier');
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[];
    };
    const named = (role: string) =>
      nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => n.name?.value ?? '');
    expect(named('columnheader')).toEqual(
      expect.arrayContaining([
        'Waffe',
        'Status hier',
        'Nominelle Reichweite',
        'Von der Grenze aus erreichbar?',
      ]),
    );
    expect(named('rowheader')).toContain('ATACMS');
    // The table is named by the panel's heading: the place and the date.
    expect(named('table')).toContain('Luftwaffenstützpunkt Morosowsk am 1. Dezember 2024');
    expect(named('cell')).toContain('etwa 300 km');
    expect(named('cell').some((name) => name.includes('Status hier'))).toBe(false);
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
