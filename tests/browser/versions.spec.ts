import { expect, test, type Page } from '@playwright/test';
import { STATUS_COLORS } from '../../src/map/palette';
import { ZONE_SAMPLE_POINTS } from '../support/zoneSamples';
import { colourAt, expectColour, hexToRgb, hideMapLabels, openApp } from './support/app';

// Data versions (issue #9): an embed pinned to 2026-11-22 keeps that version's readings and says
// that a newer version exists and what it changes; the current embed shows the corrected data.

const KHARKIV_LINE = 'Kharkiv sector, ATACMS, from 22 Oct 2025: limited → disputed';
const VIEW = '?date=2025-11-01&weapon=atacms';

async function kharkivAtacms(page: Page) {
  const state = await page.evaluate(() => window.permissionMap!.getState());
  await hideMapLabels(page);
  const drawn = await colourAt(page, ZONE_SAMPLE_POINTS['kharkiv-sector']);
  return { status: state.statuses!['kharkiv-sector'].atacms, shown: state.shown!['kharkiv-sector'], drawn };
}

test.describe('data versions', () => {
  test('an embed pinned to 2026-11-22 shows the old Kharkiv-sector ATACMS reading and the newer-version note', async ({
    page,
  }) => {
    await openApp(page, `${VIEW}&v=2026-11-22`, 'embed/');
    const { status, shown, drawn } = await kharkivAtacms(page);
    expect(status).toBe('limited');
    expect(shown).toBe('limited');
    expectColour(drawn, hexToRgb(STATUS_COLORS.limited), 'pinned kharkiv-sector');
    await expect(page.locator('.embed__credit')).toContainText('data version 2026-11-22');

    const note = page.getByRole('note').filter({ hasText: 'newer version' });
    await expect(note).toBeVisible();
    await expect(note).toContainText('A newer version (2026-12-02) changes:');
    await expect(note).toContainText(KHARKIV_LINE);
    const href = await note.getByRole('link', { name: 'See the current view' }).getAttribute('href');
    const link = new URL(href!);
    expect(link.searchParams.get('v')).toBeNull();
    expect(link.searchParams.get('date')).toBe('2025-11-01');
    expect(link.searchParams.get('weapon')).toBe('atacms');
  });

  test('the current embed shows the corrected reading and no note', async ({ page }) => {
    const versionsLoaded = page.waitForResponse((r) => r.url().endsWith('/data/versions.json'));
    await openApp(page, VIEW, 'embed/');
    expect((await versionsLoaded).ok()).toBe(true);
    const { status, drawn } = await kharkivAtacms(page);
    expect(status).toBe('disputed');
    expectColour(drawn, hexToRgb(STATUS_COLORS.disputed), 'current kharkiv-sector', 40);
    await expect(page.locator('.embed__credit')).toContainText('data version 2026-12-02');
    // The versions list has arrived (the note is built from it) and a frame later there is no note.
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await expect(page.locator('.version-note')).toHaveCount(0);
  });

  test('the main page lists the data versions, newest first, with their change lines', async ({ page }) => {
    await openApp(page, VIEW);
    const section = page.getByRole('region', { name: 'Data versions' });
    await expect(section).toBeVisible();
    const items = section.locator('.data-versions__list > li');
    await expect(items).toHaveCount(3);
    await expect(items.nth(0)).toHaveAttribute('data-version', '2026-12-02');
    await expect(items.nth(0)).toContainText('current');
    await expect(items.nth(0)).toContainText('Deutschlandfunk');
    await expect(items.nth(1)).toHaveAttribute('data-version', '2026-12-01');
    await expect(items.nth(1)).toContainText(KHARKIV_LINE);
    await expect(items.nth(2)).toHaveAttribute('data-version', '2026-11-22');
    await expect(items.nth(2)).toContainText('First published version.');
    const view = items.nth(2).getByRole('link', { name: 'View the map with this version' });
    expect(new URL((await view.getAttribute('href'))!).searchParams.get('v')).toBe('2026-11-22');
  });
});

test.describe('donors in data versions', () => {
  const donorFiles = (page: Page) => {
    const urls: string[] = [];
    page.on('request', (r) => {
      if (/\/data\/(versions\/[^/]+\/)?(donors\/[a-z]+|permissions)\.json$/.test(r.url()))
        urls.push(new URL(r.url()).pathname);
    });
    return urls;
  };

  test('a view pinned to 2026-12-02 takes every donor from that version, the comparison too', async ({
    page,
  }) => {
    const urls = donorFiles(page);
    await openApp(page, '?date=2024-06-10&donor=de&v=2026-12-02', 'embed/');
    expect((await page.evaluate(() => window.permissionMap!.getState())).donor).toBe('de');
    expect(urls).toContain('/data/versions/2026-12-02/donors/de.json');
    expect(urls.filter((u) => !u.startsWith('/data/versions/'))).toEqual([]);
    await page.goto('./?compare=us,gb&date=2024-06-10&v=2026-12-02');
    await expect(page.getByTestId('compare-map')).toHaveCount(2);
    expect(urls).toContain('/data/versions/2026-12-02/donors/gb.json');
    expect(urls).toContain('/data/versions/2026-12-02/permissions.json');
    expect(urls.filter((u) => !u.startsWith('/data/versions/'))).toEqual([]);
    await expect(page.getByTestId('url-notes')).toHaveCount(0);
  });

  test('a view pinned to a version without donor files shows their current data and says so', async ({
    page,
  }) => {
    const urls = donorFiles(page);
    await openApp(page, '?date=2024-06-10&donor=de&v=2026-11-22');
    expect((await page.evaluate(() => window.permissionMap!.getState())).donor).toBe('de');
    expect(urls).toContain('/data/donors/de.json');
    await expect(page.getByTestId('url-notes')).toContainText(
      '“v=2026-11-22” was ignored: for donors other than the United States',
    );
  });
});
