import { expect, test, type Frame, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { ZONE_IDS, WEAPON_IDS } from '../../src/domain/ids';
import type { PermissionsDataset } from '../../src/domain/types';
import { STATUS_COLORS } from '../../src/map/palette';
import { ZONE_SAMPLE_POINTS } from '../support/zoneSamples';
import { startHostServer } from './support/hostServer';
import {
  colourAt,
  expectColour,
  hexToRgb,
  hideMapLabels,
  openApp,
  seriousAxeViolations,
} from './support/app';

const dataset = JSON.parse(readFileSync('public/data/permissions.json', 'utf8')) as PermissionsDataset;
const epochAt = (date: string) => dataset.epochs.find((e) => e.from <= date && date <= e.to)!;

let host: Awaited<ReturnType<typeof startHostServer>>;
test.beforeAll(async ({ baseURL }) => {
  host = await startHostServer(baseURL!);
});
test.afterAll(async () => {
  await host.close();
});

async function mapFrame(page: Page, selector: string): Promise<Frame> {
  const frame = (await page.locator(selector).elementHandle())!.contentFrame();
  const f = (await frame)!;
  await f.waitForFunction(
    () => window.permissionMap?.mapReady === true && window.permissionMap.getState().shown !== null,
    null,
    { timeout: 30_000 },
  );
  expect(await f.evaluate(() => window.permissionMap!.whenIdle(20_000))).toBe(true);
  await hideMapLabels(f);
  return f;
}

test.describe('embedding', () => {
  test('plain and sandboxed cross-origin iframes render the map in its status colours', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`${host.url}plain.html`);
    expect(new URL(host.url).origin).not.toBe(new URL(baseURL!).origin);
    for (const [selector, date] of [
      ['#plain', '2024-06-01'],
      ['#sandboxed', '2024-11-25'],
    ] as const) {
      await page.locator(selector).scrollIntoViewIfNeeded();
      const frame = await mapFrame(page, selector);
      const state = await frame.evaluate(() => window.permissionMap!.getState());
      expect(state.date).toBe(date);
      for (const zone of ['crimea', 'kharkiv-sector', 'deep-russia'] as const) {
        const drawn = await colourAt(page, ZONE_SAMPLE_POINTS[zone], frame);
        expectColour(drawn, hexToRgb(STATUS_COLORS[state.shown![zone]]), `${selector} ${zone}`);
      }
      // Title and credit line are on screen in the frame, and links leave the host page alone.
      await expect(frame.locator('.embed__title')).toBeVisible();
      await expect(frame.locator('.embed__credit')).toContainText('OpenStreetMap');
      expect(await frame.evaluate(() => document.querySelector('base')?.target)).toBe('_blank');
    }
  });

  test('the auto-height script sizes the iframe to its content', async ({ page }) => {
    await page.goto(`${host.url}auto-height.html`);
    const frame = await mapFrame(page, '#auto');
    await expect
      .poll(async () => (await page.locator('#auto').boundingBox())!.height, { timeout: 15_000 })
      .not.toBe(300);
    await expect(frame.locator('.embed')).toHaveAttribute('data-layout', 'content');
    const content = await frame.evaluate(() =>
      Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height),
    );
    await expect
      .poll(async () => Math.round((await page.locator('#auto').boundingBox())!.height))
      .toBe(content);
    // The page below the map moved with it.
    const after = (await page.locator('#after').boundingBox())!;
    expect(after.y).toBeGreaterThan(content);
  });

  test('host API: set a date and weapon, read the state back, hear about changes', async ({ page }) => {
    await page.goto(`${host.url}api.html`);
    await mapFrame(page, '#api');
    await page.evaluate(() =>
      (window as unknown as { sendToMap: (m: unknown) => void }).sendToMap({
        type: 'permission-map:set',
        date: '2024-11-25',
        weapon: 'atacms',
      }),
    );
    const state = (await page.evaluate(() =>
      (window as unknown as { getMapState: (id: string) => Promise<unknown> }).getMapState('r1'),
    )) as {
      date: string;
      weapon: string;
      statuses: Record<string, Record<string, string>>;
      summary: Record<string, string>;
      dataVersion: string;
      apiVersion: number;
    };
    expect(state.apiVersion).toBe(1);
    expect(state.date).toBe('2024-11-25');
    expect(state.weapon).toBe('atacms');
    expect(state.dataVersion).toBe(dataset.version);
    const epoch = epochAt('2024-11-25');
    for (const zone of ZONE_IDS) {
      for (const weapon of WEAPON_IDS)
        expect(state.statuses[zone]![weapon], `${zone}/${weapon}`).toBe(epoch.statuses[zone][weapon].status);
      expect(state.summary[zone], `shown ${zone}`).toBe(epoch.statuses[zone].atacms.status);
    }
    const received = () =>
      page.evaluate(
        () =>
          (window as unknown as { mapMessages: { type: string; state?: { date: string } }[] }).mapMessages,
      );
    await expect
      .poll(async () => (await received()).some((m) => m.type === 'permission-map:ready'), {
        message: 'ready announced',
      })
      .toBe(true);
    await expect
      .poll(
        async () =>
          (await received()).some(
            (m) => m.type === 'permission-map:change' && m.state?.date === '2024-11-25',
          ),
        { message: 'change announced' },
      )
      .toBe(true);
  });

  test('malformed messages are ignored with a warning, never an exception', async ({ page }) => {
    const errors: string[] = [];
    const warnings: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on(
      'console',
      (m) => m.type() === 'warning' && m.text().startsWith('permission-map:') && warnings.push(m.text()),
    );
    await page.goto(`${host.url}api.html`);
    const frame = await mapFrame(page, '#api');
    const before = await frame.evaluate(() => window.permissionMap!.getState().date);
    const malformed = [
      { type: 'permission-map:set', date: '2024-99-01' },
      { type: 'permission-map:set', date: 20240601 },
      { type: 'permission-map:set', weapon: 'nuke' },
      { type: 'permission-map:set', zone: 'moscow' },
      { type: 'permission-map:set', playing: 'yes' },
      { type: 'permission-map:set', date: '2024-06-01', extra: true },
      { type: 'permission-map:get-state' },
      { type: 'permission-map:explode' },
    ];
    const notForUs = [null, 'hello', 42, [1, 2], { type: 'other-widget:resize' }, { sentinel: 'amp' }];
    for (const message of [...malformed, ...notForUs]) {
      await page.evaluate(
        (m) => (window as unknown as { sendToMap: (m: unknown) => void }).sendToMap(m),
        message,
      );
    }
    await expect.poll(() => warnings.length).toBe(malformed.length);
    expect(errors).toEqual([]);
    expect(await frame.evaluate(() => window.permissionMap!.getState().date)).toBe(before);
  });

  test('an unknown pinned data version is refused with a link to the current data', async ({ page }) => {
    await page.goto('embed/?v=1999-01-01&date=2024-06-01');
    const error = page.getByTestId('load-error');
    await expect(error).toContainText('1999-01-01');
    await expect(error).toContainText(dataset.version);
    const href = await error.getByRole('link').getAttribute('href');
    expect(href).toContain('date=2024-06-01');
    expect(href).not.toContain('v=');
  });

  test('a pinned version loads that version’s data', async ({ page }) => {
    await openApp(page, `?v=${dataset.version}&date=2024-06-01`, 'embed/');
    const state = await page.evaluate(() => window.permissionMap!.getState());
    expect(state.statuses!['kharkiv-sector'].himars).toBe(
      epochAt('2024-06-01').statuses['kharkiv-sector'].himars.status,
    );
  });

  test('static=1 shows no controls and ignores the pointer; legend=0 hides the legend', async ({ page }) => {
    await openApp(page, '?static=1&legend=0&date=2024-06-01', 'embed/');
    await expect(page.getByRole('slider')).toHaveCount(0);
    await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveCount(0);
    await expect(page.locator('.legend')).toHaveCount(0);
    await expect(page.locator('.embed__title')).toBeVisible();
  });

  test('invalid embed options are ignored with a note', async ({ page }) => {
    await openApp(page, '?controls=maybe&theme=purple', 'embed/');
    await expect(page.getByTestId('url-notes')).toContainText('controls=maybe');
    await expect(page.getByTestId('url-notes')).toContainText('theme=purple');
    await expect(page.getByRole('slider')).toHaveCount(1);
  });

  test('the embed renders at once: it waits for no paint and no timer (it has no shell to paint)', async ({
    page,
  }) => {
    // Timers stand still: a view that waited for a first contentful paint (which an empty page
    // never reports) until a timeout would never appear.
    await page.clock.install();
    await page.clock.pauseAt(new Date(Date.now() + 1000));
    await page.goto('embed/?date=2024-06-01');
    await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', /1 June 2024/);
  });

  test('axe-core finds no serious or critical violations in the embed view', async ({ page }) => {
    await openApp(page, '?date=2024-06-01&zone=kharkiv-sector', 'embed/');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

test.describe('share dialog', () => {
  test('the copied snippet matches the documented format and the preview shows it', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL!).origin,
    });
    await openApp(page, '?date=2024-06-01');
    await page.getByTestId('share-open').click();
    const snippet = await page.getByTestId('snippet-iframe').inputValue();
    const expected =
      `<iframe src="${baseURL}embed/?date=2024-06-01&amp;v=${dataset.version}" title="Map: where Ukraine could use US weapons, 1 June 2024" ` +
      `width="100%" height="680" style="border:0;max-width:100%" loading="lazy" allow="fullscreen" data-permission-map></iframe>`;
    expect(snippet).toBe(expected);
    await page.getByTestId('snippet-iframe-copy').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    // Changing options changes the snippet and the preview.
    await page.getByTestId('embed-size').selectOption('small');
    await page.getByTestId('embed-static').check();
    const small = await page.getByTestId('snippet-iframe').inputValue();
    expect(small).toContain('width="400" height="560"');
    expect(small).toContain('static=1');
    expect(await page.getByTestId('snippet-script').inputValue()).toMatch(
      new RegExp(
        `<script src="${baseURL}embed/auto-height-[0-9a-f]{10}\\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous" async></script>`,
      ),
    );
    await expect(page.getByTestId('embed-preview')).toHaveAttribute('src', /static=1/);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('the PNG download is a non-blank image of the requested size with the legend in it', async ({
    page,
  }) => {
    await openApp(page, '?date=2024-06-01');
    await page.getByTestId('share-open').click();
    await page.getByTestId('png-size').selectOption('square');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('png-download').click(),
    ]);
    const png = PNG.sync.read(readFileSync((await download.path())!));
    expect([png.width, png.height]).toEqual([1200, 1200]);
    const colours = new Set<string>();
    for (let i = 0; i < png.data.length; i += 4 * 97)
      colours.add(`${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`);
    expect(colours.size, 'distinct colours (not blank)').toBeGreaterThan(50);
    // The legend band (below the map) holds a swatch of every solid status colour.
    const band = { from: Math.round(png.height * 0.86), to: png.height };
    for (const status of ['permitted', 'prohibited', 'not-supplied', 'no-policy'] as const) {
      const [r, g, b] = hexToRgb(STATUS_COLORS[status]);
      let found = false;
      for (let y = band.from; y < band.to && !found; y++) {
        for (let x = 0; x < png.width && !found; x++) {
          const i = (y * png.width + x) * 4;
          found = png.data[i] === r && png.data[i + 1] === g && png.data[i + 2] === b;
        }
      }
      expect(found, `legend swatch for ${status}`).toBe(true);
    }
    expect(download.suggestedFilename()).toBe('us-weapons-permission-map-2024-06-01-all-1200x1200.png');
  });

  test('the citation names the title, a URL that restores the view, and the access date', async ({
    page,
    baseURL,
  }) => {
    await openApp(page, '?date=2024-06-01&zone=crimea');
    await page.getByTestId('share-open').click();
    const citation = await page.getByTestId('citation').inputValue();
    expect(citation).toContain('Where could Ukraine use US weapons?');
    expect(citation).toContain(`${baseURL}?date=2024-06-01&zone=crimea&v=${dataset.version}`);
    expect(citation).toMatch(/Accessed \d{1,2} \w+ \d{4}\.$/);
  });
});
