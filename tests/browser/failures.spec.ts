import { expect, test } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { openApp } from './support/app';
import { breakFile } from './support/failures';
import { withoutWebGL2 } from './support/noWebgl';
import { createEngine } from '../../src/domain/engine';
import { ZONE_IDS } from '../../src/domain/ids';
import type { PermissionsDataset } from '../../src/domain/types';
import { PATTERNED_STATUSES, STATUS_COLORS } from '../../src/map/palette';

// Every way loading can fail ends in a clear message with a way forward (audit D1–D5, D9, D10).

// A broken server breaks the service worker's own fetches too, but Playwright cannot route those:
// without this, the worker (which claims the first visit) would serve the real files.
test.use({ serviceWorkers: 'block' });

const real = readFileSync('public/data/permissions.json', 'utf8');

/** The biggest code chunk both built pages preload (MapLibre's): its name changes with the build. */
function sharedChunk(): string {
  const preloads = (page: string) =>
    new Set(
      [
        ...readFileSync(page, 'utf8').matchAll(/rel="modulepreload"[^>]*href="[./]*(assets\/[^"]+\.js)"/g),
      ].map((m) => m[1]!),
    );
  const embed = preloads('dist/embed/index.html');
  const shared = [...preloads('dist/index.html')].filter((f) => embed.has(f));
  return shared.sort((a, b) => statSync(`dist/${b}`).size - statSync(`dist/${a}`).size)[0]!;
}
const spoiled = (spoil: (d: Record<string, unknown> & { events: unknown[] }) => void) => {
  const data = JSON.parse(real);
  spoil(data);
  return JSON.stringify(data);
};

test('D1: a dataset that would break the engine gives a message, and Try again recovers', async ({
  page,
}) => {
  await breakFile(page, /data\/permissions\.json$/, { body: spoiled((d) => (d.events[0] = null)) });
  await page.goto('./');
  await expect(page.getByTestId('load-error')).toContainText('events.0');
  await page.unroute(/data\/permissions\.json$/);
  await page.getByTestId('load-retry').click();
  await expect(page.getByTestId('status-table')).toBeVisible();
});

test('D1b: the embed shows a loading state while the data is slow, and an error on 5xx', async ({ page }) => {
  await breakFile(page, /data\/permissions\.json$/, 'hang');
  await page.goto('./embed/');
  await expect(page.getByTestId('loading')).toBeVisible();
  await page.unroute(/data\/permissions\.json$/);
  await breakFile(page, /data\/permissions\.json$/, { status: 503 });
  await page.goto('./embed/');
  await expect(page.getByTestId('load-error')).toContainText('503');
  await expect(page.getByTestId('load-retry')).toBeVisible();
});

test('D10: data that is wrong in meaning is refused by name', async ({ page }) => {
  await breakFile(page, /data\/permissions\.json$/, {
    body: spoiled((d) => (d['reviewedThrough'] = 'garbage')),
  });
  await page.goto('./');
  await expect(page.getByTestId('load-error')).toContainText('reviewedThrough');
});

for (const [name, how] of [
  ['missing', { status: 404 }],
  ['truncated', { body: '{"type":"FeatureCollection","features":[{"type":' }],
] as const) {
  test(`D2: ${name} zone geometry gives a map message with a retry`, async ({ page }) => {
    await breakFile(page, /geo\/zones\.geojson$/, how);
    await page.goto('./?date=2024-06-01');
    await expect(page.getByTestId('map-failed')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('status-table')).toBeVisible();
    await page.unroute(/geo\/zones\.geojson$/);
    await page.getByTestId('map-retry').click();
    await expect(page.getByTestId('map')).toBeVisible();
    expect(await page.evaluate(() => window.permissionMap!.whenIdle(20_000))).toBe(true);
  });
}

test('D3: a missing code chunk gives a message with a reload button, not a blank page', async ({ page }) => {
  const chunk = sharedChunk().split('/').pop()!;
  await page.route(
    (url) => url.pathname.endsWith(`/assets/${chunk}`),
    (route) => route.fulfill({ status: 404, body: '' }),
  );
  for (const path of ['./', './embed/?lang=uk']) {
    await page.goto(path);
    await expect(page.getByTestId('start-failed')).toBeVisible();
  }
  await expect(page.getByTestId('start-failed')).toContainText('Перезавантажити');
});

test('D4: a missing worker gives a map message, and whenIdle answers false in time', async ({ page }) => {
  await page.route(/maplibre-gl-worker[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('./embed/');
  await page.waitForFunction(() => window.permissionMap !== undefined);
  expect(await page.evaluate(() => window.permissionMap!.whenIdle(2500))).toBe(false);
  await expect(page.getByTestId('map-failed')).toBeVisible({ timeout: 30_000 });
});

test('D5: without WebGL the embed lists every zone in words, with no link into nowhere', async ({ page }) => {
  await withoutWebGL2(page);
  await page.goto('./embed/?date=2022-06-01&weapon=himars');
  const list = page.getByTestId('zone-status-list');
  await expect(list.locator('li')).toHaveCount(5);
  const epoch = JSON.parse(real).epochs.find(
    (e: { from: string; to: string }) => e.from <= '2022-06-01' && '2022-06-01' <= e.to,
  );
  await expect(list.locator('li[data-zone="crimea"]')).toHaveAttribute(
    'data-status',
    epoch.statuses.crimea.himars.status,
  );
  for (const href of await page
    .locator('a[href^="#"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
    expect(await page.locator(href!).count(), `target of ${href}`).toBe(1);
});

test('D5: without WebGL the embed pictures the zones on the requested date, not the latest', async ({
  page,
}) => {
  await withoutWebGL2(page);
  await page.goto('./embed/?date=2024-06-05');
  const dataset = JSON.parse(real) as PermissionsDataset;
  const engine = createEngine(dataset);
  const then = engine.levelsAt('2024-06-05', 'all');
  const latest = engine.levelsAt(dataset.reviewedThrough, 'all');
  // A zone whose colour that day is a plain one and differs from the latest reviewed day's: a
  // fixed picture (a screenshot, the prerendered latest state) cannot pass.
  const zone = ZONE_IDS.find(
    (z) => then[z] !== latest[z] && !(PATTERNED_STATUSES as readonly string[]).includes(then[z]),
  );
  expect(zone, 'a zone that changed since 2024-06-05').toBeDefined();
  const picture = page.getByTestId('webgl-fallback').getByRole('img');
  await expect(picture).toHaveAccessibleName('Static map of the permission zones on 5 June 2024');
  await expect(page.locator('#zone-picture')).toHaveAttribute('data-date', '2024-06-05');
  await expect(page.locator(`#zone-picture [data-zone="${zone}"]`)).toHaveAttribute(
    'fill',
    STATUS_COLORS[then[zone!]],
  );
  // The picture is in the page once; the embed's copy of it is no longer in its template.
  await expect(page.locator('#zone-picture')).toHaveCount(1);
  await expect(page.locator('img.map__static')).toHaveCount(0);
});

test('D9: the automation hook refuses impossible dates with a note and no crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page, '?date=2024-06-01');
  for (const bad of [20240601, null, '2024-13-45', '2024-02-30'])
    expect(await page.evaluate((v) => window.permissionMap!.setDate(v as string), bad)).toBe(false);
  expect(await page.evaluate(() => window.permissionMap!.getState().date)).toBe('2024-06-01');
  await expect(page.getByTestId('url-notes')).toContainText('setDate');
  expect(page.url()).not.toContain('2024-13-45');
  expect(errors).toEqual([]);
});

test('D12: the place finder says the sites are loading, and lists the cities when they fail', async ({
  page,
}) => {
  await breakFile(page, /data\/sites\.json$/, 'hang');
  await openApp(page, '?date=2024-06-01');
  await page.getByTestId('place-search').fill('baltimor');
  await expect(page.locator('.place-finder__status')).toHaveText('Loading the military sites …');
  await expect(page.locator('.place-finder')).not.toContainText('No site or city matches.');
  await page.unroute(/data\/sites\.json$/);
  await breakFile(page, /data\/sites\.json$/, { status: 503 });
  await openApp(page, '?date=2024-06-01');
  await page.getByTestId('place-search').focus();
  await expect(page.locator('.place-finder__status')).toHaveText(
    'The military sites could not be loaded; only cities are listed.',
  );
  await page.getByTestId('place-search').fill('kursk');
  await expect(page.locator('.place-finder__item[data-place="kursk"]')).toBeVisible();
});
