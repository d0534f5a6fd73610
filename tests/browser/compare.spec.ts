import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { axeViolations, expectColour, hexToRgb, type Rgb } from './support/app';
import { STATUS_COLORS } from '../../src/map/palette';
import type { DonorStatusId } from '../../src/domain/donors';
import { compareChangeDates, type CompareDataset } from '../../src/domain/compare';

// The donor comparison (issue #15): small maps of the prerendered zone picture, one per donor,
// coloured from each donor's published file (public/data/donors/<id>.json) for the date.

const DATE = '2024-06-10';
const ZONES = ['crimea', 'kharkiv-sector', 'border-zone', 'deep-russia', 'ukraine'] as const;
type Zone = (typeof ZONES)[number];

interface DonorFile {
  weapons: { id: string }[];
  epochs: { from: string; to: string; statuses: Record<Zone, Record<string, { status: DonorStatusId }>> }[];
}
const donorFile = (id: string) =>
  JSON.parse(
    readFileSync(new URL(`../../public/data/donors/${id}.json`, import.meta.url), 'utf8'),
  ) as DonorFile;
const cellsOn = (id: string, date: string) =>
  donorFile(id).epochs.find((e) => e.from <= date && date <= e.to)!;

// "All weapons" on 10 June 2024, read off the exports with the summary rule (src/domain/summary.ts;
// air defence not counted): the US Kharkiv sector is artillery/HIMARS limited beside ATACMS and F-16
// munitions prohibited → limited; Germany's Crimea is ground weapons "no statement" (its cruise
// missiles not supplied) → no-statement; the UK and France are disputed in all Russian zones.
const EXPECTED: Record<string, Record<Zone, DonorStatusId>> = {
  us: {
    crimea: 'permitted',
    'kharkiv-sector': 'limited',
    'border-zone': 'disputed',
    'deep-russia': 'prohibited',
    ukraine: 'permitted',
  },
  gb: {
    crimea: 'permitted',
    'kharkiv-sector': 'disputed',
    'border-zone': 'disputed',
    'deep-russia': 'disputed',
    ukraine: 'permitted',
  },
  fr: {
    crimea: 'permitted',
    'kharkiv-sector': 'disputed',
    'border-zone': 'disputed',
    'deep-russia': 'disputed',
    ukraine: 'permitted',
  },
  de: {
    crimea: 'no-statement',
    'kharkiv-sector': 'limited',
    'border-zone': 'prohibited',
    'deep-russia': 'prohibited',
    ukraine: 'permitted',
  },
};

async function openCompare(page: Page, query: string, count: number, path = './'): Promise<void> {
  await page.goto(`${path}${query}`);
  await expect(page.locator('[data-testid="compare-picture"] svg')).toHaveCount(count);
}

/** A viewport point well inside a zone's path of one small map (and on top there), or null. */
async function pointInZone(page: Page, donor: string, zone: Zone): Promise<[number, number] | null> {
  return page.evaluate(
    ([donor, zone]) => {
      const holder = document.querySelector(`[data-testid="compare-picture"][data-donor="${donor}"]`)!;
      const path = holder.querySelector(`[data-zone="${zone}"]`) as SVGGeometryElement;
      const svg = holder.querySelector('svg')!;
      const ctm = path.getScreenCTM()!;
      const box = path.getBBox();
      const inside = (x: number, y: number) => path.isPointInFill(new DOMPoint(x, y));
      const r = 5 / ctm.a; // 5 px in the picture's units
      for (let fy = 0.1; fy < 1; fy += 0.04) {
        for (let fx = 0.1; fx < 1; fx += 0.04) {
          const x = box.x + box.width * fx;
          const y = box.y + box.height * fy;
          if (
            ![
              [0, 0],
              [r, 0],
              [-r, 0],
              [0, r],
              [0, -r],
            ].every(([dx, dy]) => inside(x + dx!, y + dy!))
          )
            continue;
          const p = new DOMPoint(x, y).matrixTransform(ctm);
          const rect = svg.getBoundingClientRect();
          if (p.x < rect.left + 6 || p.x > rect.right - 6 || p.y < rect.top + 6 || p.y > rect.bottom - 6)
            continue;
          if (document.elementFromPoint(p.x, p.y) !== path) continue;
          return [Math.round(p.x), Math.round(p.y)] as [number, number];
        }
      }
      return null;
    },
    [donor, zone] as const,
  );
}

/** The most common colour of a 7×7 patch around a point of a viewport screenshot. */
function colourAtPoint(shot: PNG, [x, y]: [number, number]): Rgb {
  const counts = new Map<string, number>();
  for (let py = y - 3; py <= y + 3; py++) {
    for (let px = x - 3; px <= x + 3; px++) {
      const i = (py * shot.width + px) * 4;
      const key = `${shot.data[i]},${shot.data[i + 1]},${shot.data[i + 2]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return best.split(',').map(Number) as Rgb;
}

const SOLID: readonly DonorStatusId[] = [
  'permitted',
  'prohibited',
  'no-statement',
  'not-supplied',
  'no-policy',
];

test.describe('the donor comparison', () => {
  test('four donors: four small maps coloured from each export, no WebGL', async ({ page }) => {
    await openCompare(page, `?compare=us,gb,fr,de&date=${DATE}&theme=light`, 4);
    await expect(page.locator('canvas')).toHaveCount(0);
    let pixelChecks = 0;
    for (const [donor, zones] of Object.entries(EXPECTED)) {
      const picture = page.locator(`[data-testid="compare-picture"][data-donor="${donor}"]`);
      // Wholly inside the viewport: parts beyond it may not be rasterized for the screenshot.
      await picture.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      // The rendered pixels of the screen with this small map on it, as the reader sees them.
      const shot = PNG.sync.read(await page.screenshot());
      for (const zone of ZONES) {
        const status = zones[zone];
        await expect(picture.locator(`[data-zone="${zone}"]`), `${donor} ${zone}`).toHaveAttribute(
          'data-status',
          status,
        );
        if (!SOLID.includes(status)) continue;
        const point = await pointInZone(page, donor, zone);
        if (!point) continue; // a zone too small at this size to sample safely
        expectColour(colourAtPoint(shot, point), hexToRgb(STATUS_COLORS[status]), `${donor} ${zone}`, 2);
        pixelChecks++;
      }
      // Its accessible name states donor, date and every zone's status in words.
      await expect(picture).toHaveAttribute('aria-label', new RegExp(`10 June 2024: Crimea: `));
    }
    expect(pixelChecks, 'zones checked by their pixels').toBeGreaterThanOrEqual(10);
    await expect(page.locator('[data-testid="compare-picture"][data-donor="de"]')).toHaveAttribute(
      'aria-label',
      /^Germany, 10 June 2024: Crimea: No public statement; Russia across from Kharkiv: Limited; .*Deep Russia: Prohibited/,
    );
    // At least two maps differ (here: the US and Germany, and Germany and the UK).
    const signatures = await page
      .locator('[data-testid="compare-picture"]')
      .evaluateAll((els) =>
        els.map((el) =>
          [...el.querySelectorAll('[data-zone]')].map((p) => p.getAttribute('data-status')).join(),
        ),
      );
    expect(new Set(signatures).size).toBeGreaterThanOrEqual(2);
    await expect(page.getByTestId('compare-card').filter({ hasText: 'Germany' })).toContainText(
      'Kharkiv area only',
    );
  });

  test('one class group: each map shows that class of the export', async ({ page }) => {
    await openCompare(page, `?compare=gb,fr,de&date=${DATE}&group=cruise-missile`, 3);
    for (const donor of ['gb', 'fr', 'de']) {
      const epoch = cellsOn(donor, DATE);
      for (const zone of ZONES) {
        const expected = epoch.statuses[zone]['cruise-missile']?.status ?? 'not-supplied';
        await expect(
          page.locator(`[data-testid="compare-picture"][data-donor="${donor}"] [data-zone="${zone}"]`),
        ).toHaveAttribute('data-status', expected);
      }
    }
    await expect(page.getByTestId('compare-group')).toHaveValue('cruise-missile');
  });

  test('the group selector and the slider drive every map, and the URL follows', async ({ page }) => {
    await openCompare(page, `?compare=us,de&date=${DATE}`, 2);
    const deKharkiv = page.locator(
      '[data-testid="compare-picture"][data-donor="de"] [data-zone="kharkiv-sector"]',
    );
    await expect(deKharkiv).toHaveAttribute('data-status', 'limited');
    await page.getByLabel('Go to date').fill('2024-05-01');
    await page.getByLabel('Go to date').press('Enter');
    await expect(deKharkiv).toHaveAttribute('data-status', 'prohibited');
    await page.getByTestId('compare-group').focus();
    await page.getByTestId('compare-group').selectOption('ground');
    await expect(page).toHaveURL(/group=ground/);
    await expect(page).toHaveURL(/compare=us%2Cde/);
  });

  test('clicking a small map opens that donor on the same date', async ({ page }) => {
    await openCompare(page, `?compare=us,gb,fr,de&date=${DATE}`, 4);
    await page.locator('[data-testid="compare-map"]').nth(3).click();
    await page.waitForURL((url) => url.search.startsWith(`?donor=de&date=${DATE}`));
  });

  test('Enter on a focused small map opens it too', async ({ page }) => {
    await openCompare(page, `?compare=us,gb&date=${DATE}`, 2);
    await page.locator('[data-testid="compare-map"]').nth(1).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.search.startsWith(`?donor=gb&date=${DATE}`));
  });

  test('the table: a row per donor with the status words and each cell’s sources', async ({ page }) => {
    await openCompare(page, `?compare=us,gb,fr,de&date=${DATE}`, 4);
    const rows = page.locator('[data-testid="compare-table"] tbody tr');
    await expect(rows).toHaveCount(4);
    const de = rows.filter({ has: page.locator('th', { hasText: 'Germany' }) });
    await expect(de.locator('[data-zone="crimea"] .compare__status')).toHaveText('No public statement');
    await expect(de.locator('[data-zone="kharkiv-sector"] .compare__status')).toHaveText('Limited');
    await expect(de.locator('[data-zone="border-zone"] .compare__status')).toHaveText('Prohibited');
    await de.locator('[data-zone="kharkiv-sector"] summary').click();
    const basis = de.locator(
      '[data-zone="kharkiv-sector"] [data-event="2024-05-31-germany-adjacent-positions"]',
    );
    await expect(basis).toBeVisible();
    await expect(basis.locator('a.source__link').first()).toHaveAttribute('href', /^https?:\/\//);
  });

  test('bad ids give a note; fewer than two donors give the single map and a note', async ({ page }) => {
    await openCompare(page, `?compare=us,xx,de&date=${DATE}`, 2);
    await expect(page.getByTestId('url-notes')).toContainText('“compare=xx” was ignored: not a donor id');
    await page.goto(`?compare=us&date=${DATE}`);
    await expect(page.getByTestId('url-notes')).toContainText('“compare=us” was ignored');
    await expect(page.getByTestId('compare-view')).toHaveCount(0);
    await expect(page.locator('.app__map-wrap')).toBeVisible();
  });

  test('a donor file that fails says so in its cell, and its retry loads it', async ({ page }) => {
    let fail = true;
    await page.route('**/data/donors/gb.json', (route) =>
      fail ? route.fulfill({ status: 500, body: 'no' }) : route.fallback(),
    );
    await openCompare(page, `?compare=us,gb&date=${DATE}`, 1);
    const failed = page.getByTestId('compare-failed');
    await expect(failed).toContainText('answered 500');
    fail = false;
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('[data-testid="compare-picture"] svg')).toHaveCount(2);
  });

  test('in and out from the main page, at the same date', async ({ page }) => {
    await page.goto(`?date=${DATE}`);
    await page.getByTestId('compare-open').click();
    await expect(page.locator('[data-testid="compare-picture"] svg')).toHaveCount(4);
    await expect(page).toHaveURL(new RegExp(`date=${DATE}.*compare=us%2Cgb%2Cfr%2Cde`));
    // The page is about all the donors now, not the US alone.
    await expect(page.locator('h1')).toHaveText('Where could Ukraine use its donors’ weapons?');
    await expect(page).toHaveTitle('Donors’ weapons: where Ukraine may strike');
    await page.getByTestId('compare-back').click();
    await expect(page.getByTestId('compare-view')).toHaveCount(0);
    await expect(page).not.toHaveURL(/compare=/);
    await expect(page.locator('h1')).toHaveText('Where could Ukraine use US weapons?');
    await expect(page).toHaveTitle('US weapons: where Ukraine may strike');
  });

  test('320 px wide: two columns, nothing wider than the screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await openCompare(page, `?compare=us,gb,fr,de,nl,it&date=${DATE}`, 6);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const tops = await page
      .getByTestId('compare-card')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(tops[0]).toBe(tops[1]);
    expect(tops[2]).toBeGreaterThan(tops[1]!);
  });

  test('the embed shows the comparison', async ({ page }) => {
    await openCompare(page, `?compare=us,de&date=${DATE}`, 2, 'embed/');
    await expect(page.locator('canvas')).toHaveCount(0);
    await expect(
      page.locator('[data-testid="compare-picture"][data-donor="de"] [data-zone="kharkiv-sector"]'),
    ).toHaveAttribute('data-status', 'limited');
    await expect(page.locator('.embed__credit a').first()).toHaveAttribute('href', /compare=us%2Cde/);
  });

  test('the share dialog embeds the comparison', async ({ page }) => {
    await openCompare(page, `?compare=us,gb,fr,de&date=${DATE}&group=ground`, 4);
    await page.getByTestId('share-open').click();
    await expect(page.getByTestId('embed-compare')).toBeChecked();
    await expect(page.getByTestId('snippet-iframe')).toHaveValue(
      /compare=us%2Cgb%2Cfr%2Cde&(amp;)?group=ground/,
    );
    await page.getByTestId('embed-compare').uncheck();
    await expect(page.getByTestId('snippet-iframe')).not.toHaveValue(/compare=/);
  });

  test('presenting a comparison steps through every compared donor’s changes', async ({ page }) => {
    await openCompare(page, `?compare=us,de&date=2024-05-01`, 2);
    await page.getByTestId('present').click();
    await expect(page.getByTestId('compare-caption')).toHaveText('May 2024: who allowed what');
    // The days on which the US or the German map changes (the domain's list, unit-tested there).
    const days = compareChangeDates([donorFile('us'), donorFile('de')] as unknown as CompareDataset[], 'all');
    const [first, second] = days.filter((d) => d > '2024-05-01');
    expect(days).toContain('2024-05-31'); // Germany: the area next to Kharkiv
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(new RegExp(`date=${first}`));
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(new RegExp(`date=${second}`));
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(new RegExp(`date=${first}`));
  });

  test('the PNG of the comparison: the small maps in a grid, with every status in the legend', async ({
    page,
  }) => {
    await openCompare(page, `?compare=us,gb,fr,de&date=${DATE}&theme=light`, 4);
    await page.getByTestId('share-open').click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('png-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`donor-comparison-us-gb-fr-de-${DATE}-all-1600x900.png`);
    const png = PNG.sync.read(readFileSync((await download.path())!));
    expect([png.width, png.height]).toEqual([1600, 900]);
    const count = (hex: string, from = 0, to = png.height) => {
      const [r, g, b] = hexToRgb(hex);
      let n = 0;
      for (let y = from; y < to; y++)
        for (let x = 0; x < png.width; x++) {
          const i = (y * png.width + x) * 4;
          if (png.data[i] === r && png.data[i + 1] === g && png.data[i + 2] === b) n++;
        }
      return n;
    };
    // Germany's Crimea (no public statement) is on a map, not only in the legend.
    expect(count(STATUS_COLORS['no-statement'], 0, Math.round(png.height * 0.8))).toBeGreaterThan(200);
    expect(count(STATUS_COLORS.prohibited, 0, Math.round(png.height * 0.8))).toBeGreaterThan(2000);
    for (const status of ['permitted', 'prohibited', 'not-supplied', 'no-policy', 'no-statement'] as const)
      expect(count(STATUS_COLORS[status], Math.round(png.height * 0.8)), `legend ${status}`).toBeGreaterThan(
        50,
      );
  });

  test('axe: the compare view has no violations', async ({ page }) => {
    await openCompare(page, `?compare=us,gb,fr,de&date=${DATE}`, 4);
    await page.locator('[data-testid="compare-table"] summary').first().click();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await openCompare(page, `?compare=us,gb,fr,de&date=${DATE}&lang=uk`, 4);
    expect(await axeViolations(page)).toEqual([]);
    await openCompare(page, `?compare=us,de&date=${DATE}`, 2, 'embed/');
    expect(await axeViolations(page)).toEqual([]);
  });
});
