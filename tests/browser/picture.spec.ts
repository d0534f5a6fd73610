import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { createEngine } from '../../src/domain/engine';
import { SHOWN_STATUS_IDS, type WeaponFilter, type ZoneId } from '../../src/domain/ids';
import type { PermissionsDataset } from '../../src/domain/types';
import type { Dataset } from '../../src/domain/dataset';
import { MAP_THEMES, STATUS_COLORS } from '../../src/map/palette';
import { expectColour, hexToRgb, type Rgb } from './support/app';

// The built page's prerendered zone picture, coloured by its inline script for the URL, with
// MapLibre's chunk blocked: what a reader sees before the map library has arrived.

const dataset = JSON.parse(readFileSync('dist/data/permissions.json', 'utf8')) as PermissionsDataset;
const engine = createEngine(dataset);

/** Points well inside a zone. */
const INSIDE: Partial<Record<ZoneId, [number, number]>> = {
  crimea: [34.2, 45.3],
  'deep-russia': [41.0, 53.0],
  ukraine: [31.0, 49.0],
};

async function blockMapLibre(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/assets/*.js', async (route) => {
    // The page may close while a chunk is held: its late fetch then fails, harmlessly.
    try {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes('maplibregl-canvas')) {
        blocked.push(route.request().url());
        // Held, not refused: a chunk that is merely slow (a refused one is a start failure, with its
        // own message). Pages open with waitUntil 'commit': module scripts hold back the load events.
        await new Promise((resolve) => setTimeout(resolve, 25_000));
        await route.fulfill({ response, body }).catch(() => undefined);
      } else await route.fulfill({ response, body });
    } catch {
      // the test is over
    }
  });
  return blocked;
}

/** The most common colour in a 7×7 patch of the picture at a geographic point. */
async function pictureColourAt(page: Page, lngLat: [number, number]): Promise<Rgb> {
  const point = await page.evaluate(([lng, lat]) => {
    const svg = document.getElementById('zone-picture') as unknown as SVGSVGElement;
    const [west, north, width] = [22.1, 56.1, 1000];
    const merc = (l: number) => Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360));
    const scale = width / (((42.0 - west) * Math.PI) / 180);
    const p = svg.createSVGPoint();
    p.x = (((lng - west) * Math.PI) / 180) * scale;
    p.y = (merc(north) - merc(lat)) * scale;
    const screen = p.matrixTransform(svg.getScreenCTM()!);
    return [screen.x, screen.y];
  }, lngLat);
  const [x, y] = point.map(Math.round) as [number, number];
  const shot = PNG.sync.read(await page.screenshot({ clip: { x: x - 3, y: y - 3, width: 7, height: 7 } }));
  const counts = new Map<string, number>();
  for (let i = 0; i < shot.data.length; i += 4) {
    const key = `${shot.data[i]},${shot.data[i + 1]},${shot.data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])[0]![0]
    .split(',')
    .map(Number) as Rgb;
}

function expectedColour(date: string, weapon: WeaponFilter, zone: ZoneId): Rgb {
  return hexToRgb(STATUS_COLORS[engine.levelsAt(date, weapon)[zone]]);
}

test.describe('the prerendered zone picture (MapLibre blocked)', () => {
  for (const [query, date, weapon] of [
    ['?date=2022-06-01', '2022-06-01', 'all'],
    ['?date=2023-01-15&weapon=himars', '2023-01-15', 'himars'],
    ['?date=2025-02-01', '2025-02-01', 'all'],
  ] as const) {
    test(`is coloured for ${query} before MapLibre loads`, async ({ page }) => {
      const blocked = await blockMapLibre(page);
      await page.goto(`./${query}`, { waitUntil: 'commit' });
      await expect(page.locator('#zone-picture')).toHaveAttribute('data-date', date);
      await expect
        .poll(() => blocked.length, { message: 'the MapLibre chunk was requested and held back' })
        .toBeGreaterThan(0);
      await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
      for (const [zone, lngLat] of Object.entries(INSIDE) as [ZoneId, [number, number]][]) {
        const status = engine.levelsAt(date, weapon)[zone];
        if (status === 'limited' || status === 'disputed') continue; // patterned: checked below
        expectColour(
          await pictureColourAt(page, lngLat),
          expectedColour(date, weapon, zone),
          `${zone} on ${date}`,
        );
      }
      const mark = await page.evaluate(
        () => performance.getEntriesByName('permission-map:picture-coloured').length,
      );
      expect(mark).toBe(1);
      // No country borders before the map: their stroke costs a second of GPU time (docs/performance.md).
      await expect(page.locator('#zone-picture [data-layer="land"]')).toHaveAttribute('stroke', 'none');
    });
  }

  test('the colours differ between dates, so they come from the URL', async ({ page }) => {
    await blockMapLibre(page);
    await page.goto('./?date=2022-03-01', { waitUntil: 'commit' });
    await expect(page.locator('#zone-picture')).toHaveAttribute('data-date', '2022-03-01');
    const early = await pictureColourAt(page, INSIDE.crimea!);
    await page.goto('./?date=2024-06-01', { waitUntil: 'commit' });
    await expect(page.locator('#zone-picture')).toHaveAttribute('data-date', '2024-06-01');
    const later = await pictureColourAt(page, INSIDE.crimea!);
    expect(engine.levelsAt('2022-03-01', 'all').crimea).not.toBe(engine.levelsAt('2024-06-01', 'all').crimea);
    expect(early).not.toEqual(later);
  });

  test('a bad date falls back to today, as the app does, in the dark theme when asked', async ({ page }) => {
    await blockMapLibre(page);
    await page.goto('./?date=2024-02-30&theme=dark', { waitUntil: 'commit' });
    const today = new Date().toISOString().slice(0, 10);
    await expect(page.locator('#zone-picture')).toHaveAttribute('data-date', today);
    await expect(page.locator('#zone-picture [data-layer="sea"]')).toHaveAttribute(
      'fill',
      MAP_THEMES.dark.sea,
    );
    await expect(page.locator('#zone-picture-caption')).toHaveText(/\d{4}$/);
  });

  test('the app takes over: the picture leaves once the map has drawn its colours', async ({ page }) => {
    await page.goto('./?date=2022-06-01');
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(1);
    await page.waitForFunction(
      () => performance.getEntriesByName('permission-map:first-coloured-frame').length > 0,
    );
    await expect(page.locator('#zone-picture')).toHaveCount(0);
    await expect(page.locator('.maplibregl-canvas')).toHaveCSS('visibility', 'visible');
  });

  test('the map starts in the page shell, before the interface renders, and the panel keeps it', async ({
    page,
  }) => {
    // Every MapLibre canvas put in the page, and whether it was in the shell's map frame then.
    await page.addInitScript(() => {
      const seen: { canvas: Element; inShell: boolean }[] = [];
      (window as unknown as { __canvases: typeof seen }).__canvases = seen;
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes) {
            if (!(node instanceof Element)) continue;
            const found = [node, ...node.querySelectorAll('canvas')].filter((el) =>
              el.classList.contains('maplibregl-canvas'),
            );
            for (const canvas of found)
              if (!seen.some((s) => s.canvas === canvas))
                seen.push({ canvas, inShell: canvas.closest('.map--shell') !== null });
          }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('./?date=2023-05-01');
    await page.waitForFunction(
      () => performance.getEntriesByName('permission-map:first-coloured-frame').length > 0,
    );
    const canvases = await page.evaluate(() => {
      const seen = (window as unknown as { __canvases: { canvas: Element; inShell: boolean }[] }).__canvases;
      const shown = document.querySelector('[data-testid="map"] canvas.maplibregl-canvas');
      return seen.map((s) => ({ inShell: s.inShell, shown: s.canvas === shown }));
    });
    expect(canvases).toEqual([{ inShell: true, shown: true }]);
    await expect(page.locator('.map--shell')).toHaveCount(0);
    await expect(page.getByRole('slider').first()).toHaveAttribute('aria-valuetext', /1 May 2023/);
  });

  test('a donor link shows no US reading before its file: the zones are blank', async ({ page }) => {
    await blockMapLibre(page);
    await page.goto('./?donor=de&date=2024-06-10', { waitUntil: 'commit' });
    const deep = page.locator('#zone-picture [data-zone="deep-russia"]');
    await expect(deep).toHaveAttribute('fill', MAP_THEMES.light.land);
    await expect(deep).not.toHaveAttribute('data-status', /./);
    expectColour(
      await pictureColourAt(page, INSIDE['deep-russia']!),
      hexToRgb(MAP_THEMES.light.land),
      'deep Russia, blank',
    );
    const mark = await page.evaluate(
      () => performance.getEntriesByName('permission-map:picture-coloured').length,
    );
    expect(mark).toBe(0);
  });
});

test.describe('the prerendered picture before the map has drawn (map worker held back)', () => {
  const germany = createEngine(JSON.parse(readFileSync('dist/data/donors/de.json', 'utf8')) as Dataset);

  test('follows the store: a donor link gets that donor’s colours, and the slider moves them', async ({
    page,
  }) => {
    await page.route('**/assets/maplibre-gl-worker-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 25_000));
      await route.continue().catch(() => undefined);
    });
    await page.goto('./?donor=de&date=2024-06-10', { waitUntil: 'commit' });
    const svg = page.locator('#zone-picture');
    await expect(svg).toHaveAttribute('data-date', '2024-06-10', { timeout: 20_000 });
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(1);
    expect(
      await page.evaluate(() => performance.getEntriesByName('permission-map:first-coloured-frame').length),
    ).toBe(0);
    // Under the picture, the canvas is not drawn at all (each frame of the load would pay for it).
    await expect(page.locator('.maplibregl-canvas')).toHaveCSS('visibility', 'hidden');
    for (const [date, zone] of [
      ['2024-06-10', 'kharkiv-sector'],
      ['2024-06-10', 'deep-russia'],
    ] as const) {
      const status = germany.levelsAt(date, 'all')[zone];
      await expect(svg.locator(`[data-zone="${zone}"]`), `${zone}, Germany, ${date}`).toHaveAttribute(
        'data-status',
        String(SHOWN_STATUS_IDS.indexOf(status)),
      );
    }
    const deep = germany.levelsAt('2024-06-10', 'all')['deep-russia'];
    if (deep !== 'limited' && deep !== 'disputed')
      expectColour(
        await pictureColourAt(page, INSIDE['deep-russia']!),
        hexToRgb(STATUS_COLORS[deep]),
        'deep Russia',
      );

    await page.getByRole('slider').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(svg).toHaveAttribute('data-date', '2024-06-11');
    await expect(page.locator('#zone-picture-caption')).toHaveText(/11 June 2024/);
  });
});
