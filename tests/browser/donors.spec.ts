import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ZONE_IDS, type ZoneId } from '../../src/domain/ids';
import { createEngine } from '../../src/domain/engine';
import type { Dataset } from '../../src/domain/dataset';
import { STATUS_COLORS } from '../../src/map/palette';
import { ZONE_SAMPLE_POINTS } from '../support/zoneSamples';
import { colourAt, expectColour, hexToRgb, hideMapLabels, legendColour, openApp } from './support/app';
import { startHostServer } from './support/hostServer';

// The donor switch (issue #15): the expected colours come from the donors' own exports
// (public/data/donors/<id>.json, written by `npm run export:data`), through the same engine.

const DATE = '2024-06-10';

function levelsOf(donor: string, date = DATE): Record<ZoneId, string> {
  const file = new URL(`../../public/data/donors/${donor}.json`, import.meta.url);
  const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
  return createEngine(dataset).levelsAt(date, 'all');
}

async function expectZonesDrawn(page: Page, levels: Record<ZoneId, string>, what: string): Promise<void> {
  for (const zone of ZONE_IDS) {
    const status = levels[zone] as keyof typeof STATUS_COLORS;
    const drawn = await colourAt(page, ZONE_SAMPLE_POINTS[zone]);
    expectColour(drawn, hexToRgb(STATUS_COLORS[status]), `${what} ${zone} (${status})`);
    expectColour(await legendColour(page, status), hexToRgb(STATUS_COLORS[status]), `legend ${status}`);
  }
}

test.describe('the donor switch', () => {
  test('switching to Germany recolours the zones to its export, names it and keeps the date', async ({
    page,
  }) => {
    const us = levelsOf('us');
    const de = levelsOf('de');
    // The test means something only if the record differs somewhere.
    expect(ZONE_IDS.some((z) => us[z] !== de[z])).toBe(true);
    expect(de.crimea).toBe('no-statement');
    await openApp(page, `?date=${DATE}`);
    await hideMapLabels(page);
    await expectZonesDrawn(page, us, 'US');
    await page.getByLabel('Whose weapons').selectOption('de');
    await page.waitForFunction(() => window.permissionMap!.getState().donor === 'de');
    await page.evaluate(() => window.permissionMap!.whenIdle(20_000));
    const state = await page.evaluate(() => window.permissionMap!.getState());
    expect(state.date).toBe(DATE);
    for (const zone of ZONE_IDS) expect(state.shown![zone], zone).toBe(de[zone]);
    await expectZonesDrawn(page, de, 'Germany');
    await expect(page.locator('h1')).toHaveText('Where could Ukraine use German weapons?');
    await expect(page.getByTestId('weapon-filter').locator('option').first()).toHaveText(
      'All German weapons',
    );
    await expect(page.locator('.legend li[data-status="no-statement"]')).toContainText('No public statement');
    await expect(page.getByTestId('status-table').locator('caption')).toContainText('German weapon class');
    await expect(page.locator('.summary')).toContainText('no public statement by Germany');
    await expect.poll(() => new URL(page.url()).searchParams.get('donor')).toBe('de');
    expect(new URL(page.url()).searchParams.get('date')).toBe(DATE);
    // And back: the US link has no donor parameter.
    await page.getByLabel('Whose weapons').selectOption('us');
    await page.waitForFunction(() => window.permissionMap!.getState().donor === 'us');
    await expect.poll(() => new URL(page.url()).searchParams.has('donor')).toBe(false);
    await expect(page.locator('.legend li[data-status="no-statement"]')).toHaveCount(0);
  });

  test('a link to Germany and the Kharkiv sector explains its 31 May 2024 decision, with sources', async ({
    page,
  }) => {
    await openApp(page, `?donor=de&date=${DATE}&zone=kharkiv-sector`);
    const detail = page.getByTestId('zone-detail');
    const ground = detail.locator('[data-weapon="ground"]');
    await expect(ground).toHaveAttribute('data-status', 'limited');
    await expect(ground.locator('summary')).toContainText('defence of Kharkiv only');
    await ground.locator('summary').click();
    const card = ground.locator('[data-event="2024-05-31-germany-adjacent-positions"]');
    await expect(card).toBeVisible();
    await expect(card.locator('time, .event-card__meta').first()).toContainText('2024');
    await expect(card.locator('.event-card__sources')).toContainText('Deutschlandfunk');
    const sources = card.locator('.event-card__sources a[href^="http"]');
    expect(await sources.count()).toBeGreaterThan(0);
    await expect(page.getByTestId('event-list').or(page.locator('.event-list'))).toContainText(
      /German|Germany/,
    );
  });

  test('a donor file that cannot be loaded: the map stays, the reason and a retry', async ({ page }) => {
    await openApp(page, `?date=${DATE}`);
    await page.route('**/data/donors/fr.json', (route) => route.abort());
    await page.getByLabel('Whose weapons').selectOption('fr');
    await expect(page.getByTestId('donor-error')).toContainText('The data for France could not be loaded');
    const state = await page.evaluate(() => window.permissionMap!.getState());
    expect(state.donor).toBe('us');
    expect(state.shown).not.toBeNull();
    await expect(page.locator('h1')).toHaveText('Where could Ukraine use US weapons?');
    await page.unroute('**/data/donors/fr.json');
    await page.getByTestId('donor-error').getByRole('button').click();
    await page.waitForFunction(() => window.permissionMap!.getState().donor === 'fr');
    await expect(page.getByTestId('donor-error')).toHaveCount(0);
    await expect(page.locator('h1')).toHaveText('Where could Ukraine use French weapons?');
  });

  test('an unknown donor gives a note and the United States', async ({ page }) => {
    await openApp(page, `?donor=xx&date=${DATE}`);
    expect(await page.evaluate(() => window.permissionMap!.getState().donor)).toBe('us');
    await expect(page.locator('.url-notes, [data-testid="url-notes"]').first()).toContainText(
      'unknown donor',
    );
  });

  test('a class Germany does not have falls back to all its weapons, with a note', async ({ page }) => {
    await openApp(page, `?donor=de&weapon=atacms&date=${DATE}`);
    const state = await page.evaluate(() => window.permissionMap!.getState());
    expect(state.donor).toBe('de');
    expect(state.weapon).toBe('all');
    await expect(page.locator('.url-notes, [data-testid="url-notes"]').first()).toContainText(
      'no such weapon class',
    );
  });

  test('the share dialog builds an embed for the donor shown', async ({ page }) => {
    await openApp(page, `?donor=de&date=${DATE}`);
    await page.getByTestId('share-open').click();
    await expect(page.getByTestId('embed-donor')).toHaveValue('de');
    const snippet = page.getByTestId('snippet-iframe');
    await expect(snippet).toHaveValue(/donor=de/);
    await expect(snippet).toHaveValue(/title="Map: where Ukraine could use German weapons/);
    await page.getByTestId('embed-donor').selectOption('gb');
    await expect(snippet).toHaveValue(/donor=gb/);
    await page.getByTestId('embed-donor').selectOption('us');
    await expect(snippet).not.toHaveValue(/donor=/);
  });

  test('the embed takes donor: the UK colours', async ({ page }) => {
    const gb = levelsOf('gb');
    await openApp(page, `?donor=gb&date=${DATE}`, 'embed/');
    await hideMapLabels(page);
    for (const zone of ZONE_IDS) {
      const status = gb[zone] as keyof typeof STATUS_COLORS;
      expectColour(await colourAt(page, ZONE_SAMPLE_POINTS[zone]), hexToRgb(STATUS_COLORS[status]), zone);
    }
    await expect(page.locator('.embed__title')).toHaveText('Where could Ukraine use British weapons?');
  });
});

test.describe('the host API and donors', () => {
  let host: Awaited<ReturnType<typeof startHostServer>>;
  test.beforeAll(async ({ baseURL }) => {
    host = await startHostServer(baseURL!);
  });
  test.afterAll(async () => {
    await host.close();
  });

  test('set {donor} switches the embed; the state carries donor', async ({ page }) => {
    const de = levelsOf('de');
    await page.goto(`${host.url}api.html`);
    const frame = (await (await page.locator('#api').elementHandle())!.contentFrame())!;
    await frame.waitForFunction(() => window.permissionMap?.getState().shown != null, null, {
      timeout: 30_000,
    });
    type Host = { sendToMap: (m: unknown) => void; getMapState: (id: string) => Promise<unknown> };
    await page.evaluate(
      (date) => (window as unknown as Host).sendToMap({ type: 'permission-map:set', donor: 'de', date }),
      DATE,
    );
    await frame.waitForFunction(() => window.permissionMap!.getState().donor === 'de');
    const state = (await page.evaluate(() => (window as unknown as Host).getMapState('d1'))) as {
      donor: string;
      date: string;
      summary: Record<string, string>;
      statuses: Record<string, Record<string, string>>;
    };
    expect(state.donor).toBe('de');
    expect(state.date).toBe(DATE);
    for (const zone of ZONE_IDS) expect(state.summary[zone], zone).toBe(de[zone]);
    expect(Object.keys(state.statuses.crimea!)).toEqual(['ground', 'cruise-missile', 'air-defense']);
  });
});
