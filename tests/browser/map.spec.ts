import { expect, test } from '@playwright/test';
import { ZONE_IDS } from '../../src/domain/ids';
import { ZONE_SAMPLE_POINTS } from '../support/zoneSamples';
import { colourAt, expectColour, hexToRgb, hideMapLabels, openApp, waitForMapIdle } from './support/app';
import { MAP_THEMES, STATUS_COLORS } from '../../src/map/palette';

test.describe('the map (built app, real WebGL2 via SwiftShader)', () => {
  test('draws every zone in the colour of the status the app reports for it', async ({ page }) => {
    await openApp(page, '?date=2024-06-01');
    await hideMapLabels(page);
    const state = await page.evaluate(() => window.permissionMap!.getState());
    expect(state.date).toBe('2024-06-01');
    for (const zone of ZONE_IDS) {
      const status = state.shown![zone];
      const drawn = await colourAt(page, ZONE_SAMPLE_POINTS[zone]);
      expectColour(drawn, hexToRgb(STATUS_COLORS[status]), `${zone} (${status})`);
    }
  });

  test('makes no request outside its own origin', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreign.push(url);
    });
    await openApp(page);
    await page.evaluate(() => window.permissionMap!.setDate('2022-03-01'));
    await page.evaluate(() => window.permissionMap!.whenIdle());
    expect(foreign).toEqual([]);
  });

  test('fetches the reach bands only when a weapon’s band is shown', async ({ page }) => {
    const bandFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/geo/reach.geojson')) bandFiles.push(request.url());
    });
    const ranges = page.waitForResponse((response) => response.url().includes('/data/ranges.json'));
    await openApp(page);
    // The ranges load once the first view is complete; with them in, the band file still waits.
    await ranges;
    await waitForMapIdle(page);
    expect(bandFiles).toEqual([]);
    await page.getByTestId('weapon-filter').selectOption('atacms');
    await expect.poll(() => bandFiles.length, { timeout: 15_000 }).toBe(1);
    await waitForMapIdle(page);
  });

  test('credits the boundary data in the attribution control', async ({ page }) => {
    await openApp(page);
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    await expect(attribution).toContainText('Natural Earth');
    await expect(attribution).toContainText('geoBoundaries');
    await expect(attribution).toContainText('OpenStreetMap');
    await expect(attribution).toContainText('ODbL');
  });

  test('labels cities and Kharkiv oblast', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('.map-label[data-city="kyiv"]')).toHaveText('Kyiv');
    await expect(page.locator('.map-label[data-city="moscow"]')).toHaveText('Moscow');
    await expect(page.locator('.map-label[data-place="kharkiv-oblast"]')).toHaveText('Kharkiv oblast');
  });

  test('frames Crimea and Moscow in the first view', async ({ page }) => {
    await openApp(page);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    for (const [name, ll] of [
      ['Sevastopol', [33.52, 44.6]],
      ['Moscow', [37.62, 55.75]],
    ] as const) {
      const [x, y] = (await page.evaluate(
        (p) => window.permissionMap!.project(p),
        ll as unknown as [number, number],
      ))!;
      expect(x > 0 && x < box.width && y > 0 && y < box.height, `${name} is in view`).toBe(true);
    }
  });

  test('without WebGL2 it explains why, shows the zone picture for the date and keeps the table', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext as (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) => unknown;
      (HTMLCanvasElement.prototype as unknown as { getContext: unknown }).getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (type === 'webgl2' || type === 'webgl') return null;
        return original.call(this, type, ...rest);
      };
    });
    await page.goto('./?date=2024-06-01');
    await expect(page.getByTestId('webgl-fallback')).toContainText('WebGL2');
    // The prerendered zone picture, for the URL's date (not a fixed one), following the slider.
    const picture = page.getByTestId('webgl-fallback').getByRole('img');
    await expect(picture).toHaveAccessibleName(/1 June 2024/);
    await expect(page.locator('#zone-picture [data-zone="crimea"]')).toHaveAttribute(
      'fill',
      STATUS_COLORS.permitted,
    );
    await page.getByTestId('slider').focus();
    await page.keyboard.press('Home');
    await expect(picture).toHaveAccessibleName(/24 February 2022/);
    await expect(page.locator('#zone-picture [data-zone="crimea"]')).toHaveAttribute(
      'fill',
      STATUS_COLORS['no-policy'],
    );
    // What is drawn: the zones merged by fill (the per-zone paths are hidden), redrawn for the day.
    await expect(
      page.locator(`#zone-picture [data-layer="zone-fills"] path[fill="${STATUS_COLORS['no-policy']}"]`),
    ).toHaveCount(1);
    // As the map itself, the picture gets the country borders its page-shell copy leaves out.
    await expect(page.locator('#zone-picture [data-layer="land"]')).toHaveAttribute(
      'stroke',
      MAP_THEMES.light.landOutline,
    );
    await expect(page.getByTestId('status-table')).toBeVisible();
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
  });
});
