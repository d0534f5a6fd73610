import { expect, test, type Page } from '@playwright/test';
import { ZONE_IDS } from '../../src/domain/ids';
import { ZONE_SAMPLE_POINTS } from '../support/zoneSamples';
import {
  colourAt,
  expectColour,
  hideMapLabels,
  legendColour,
  openApp,
  seriousAxeViolations,
  waitForMapIdle,
} from './support/app';

const slider = (page: Page) => page.getByRole('slider', { name: 'Date shown on the map' });

/** Drags the slider thumb to the day nearest `iso`, as a mouse user would. */
async function dragSliderTo(page: Page, iso: string): Promise<void> {
  await slider(page).scrollIntoViewIfNeeded();
  const thumb = (await slider(page).boundingBox())!;
  const track = (await page.getByTestId('slider-track').boundingBox())!;
  const { totalDays, start } = await page.evaluate(() => ({
    totalDays: Number(document.querySelector('[role="slider"]')!.getAttribute('aria-valuemax')),
    start: '2022-02-24',
  }));
  const day = Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
  const x = track.x + (track.width * day) / totalDays;
  await page.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
  await page.mouse.down();
  await page.mouse.move((thumb.x + x) / 2, thumb.y + thumb.height / 2, { steps: 4 });
  await page.mouse.move(x, thumb.y + thumb.height / 2, { steps: 4 });
  await page.mouse.up();
}

/** Every zone's canvas colour equals the legend colour of the status the engine gives it. */
async function expectMapMatchesLegend(page: Page): Promise<Record<string, string>> {
  await waitForMapIdle(page);
  const state = await page.evaluate(() => window.permissionMap!.getState());
  for (const zone of ZONE_IDS) {
    const status = state.shown![zone];
    expectColour(
      await colourAt(page, ZONE_SAMPLE_POINTS[zone]),
      await legendColour(page, status),
      `${state.date} ${zone} (${status})`,
    );
  }
  return state.shown as Record<string, string>;
}

test.describe('timeline', () => {
  test('dragging the slider recolours every zone to its legend colour on six dates', async ({ page }) => {
    await openApp(page, '?date=2022-03-01');
    await hideMapLabels(page);
    const seen = new Set<string>();
    for (const target of [
      '2022-08-01',
      '2023-11-01',
      '2024-06-01',
      '2024-12-01',
      '2025-07-15',
      '2025-12-01',
    ]) {
      await dragSliderTo(page, target);
      const date = await page.evaluate(() => window.permissionMap!.getState().date);
      const off = Math.abs(Date.parse(date) - Date.parse(target)) / 86_400_000;
      expect(off, `drag to ${target} landed on ${date}`).toBeLessThanOrEqual(2);
      const shown = await expectMapMatchesLegend(page);
      seen.add(JSON.stringify(shown));
    }
    // The dates were chosen across policy changes: the map must not have shown one state throughout.
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });

  test('keyboard: arrows, PageUp/PageDown, Home/End, and a spoken date', async ({ page }) => {
    await openApp(page, '?date=2024-05-31');
    await hideMapLabels(page);
    // Reach the slider by Tab alone, from the top of the page.
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    let focusedIsSlider = false;
    for (let i = 0; i < 20 && !focusedIsSlider; i++) {
      await page.keyboard.press('Tab');
      focusedIsSlider = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'slider');
    }
    expect(focusedIsSlider, 'the slider is reachable with Tab').toBe(true);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '31 May 2024');
    await page.keyboard.press('ArrowRight');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 June 2024');
    await expectMapMatchesLegend(page);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '30 May 2024');
    await page.keyboard.press('PageUp');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '30 June 2024');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '30 April 2024');
    await expectMapMatchesLegend(page);
    await page.keyboard.press('Home');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '24 February 2022');
    await expectMapMatchesLegend(page);
    await page.keyboard.press('End');
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date()),
    );
    await expect(slider(page)).toHaveAttribute('aria-valuetext', today);
    await expect(page).toHaveURL(/^[^?]*$/);
  });

  test('previous/next-change buttons and the event list move to changes', async ({ page }) => {
    await openApp(page, '?date=2024-05-01');
    await page.getByRole('button', { name: 'Next change' }).click();
    const next = await page.evaluate(() => window.permissionMap!.getState().date);
    expect(next > '2024-05-01').toBe(true);
    await page.getByRole('button', { name: 'Previous change' }).click();
    const prev = await page.evaluate(() => window.permissionMap!.getState().date);
    expect(prev < next).toBe(true);
    const item = page.locator('.event-list [data-event] button').filter({ hasText: 'Kursk' }).first();
    const itemDate = await item.locator('time').getAttribute('datetime');
    await item.click();
    await expect(slider(page)).toHaveAttribute(
      'aria-valuenow',
      String(Math.round((Date.parse(itemDate!) - Date.parse('2022-02-24')) / 86_400_000)),
    );
    await expect(item).toHaveAttribute('aria-current', 'date');
  });

  test('typed date entry moves the slider; play advances and pauses', async ({ page }) => {
    await openApp(page, '?date=2023-01-01');
    await page.getByLabel('Go to date').fill('2024-11-25');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '25 November 2024');
    await page.getByTestId('play').click();
    // Reduced motion (the test default) steps from change to change at reading pace.
    await expect
      .poll(() => page.evaluate(() => window.permissionMap!.getState().date), { timeout: 8000 })
      .not.toBe('2024-11-25');
    await page.getByTestId('play').click();
    const paused = await page.evaluate(() => window.permissionMap!.getState().date);
    await page.waitForTimeout(3000);
    expect(await page.evaluate(() => window.permissionMap!.getState().date)).toBe(paused);
  });

  test('the weapon filter recolours by that weapon’s own status', async ({ page }) => {
    await openApp(page, '?date=2023-01-01');
    await hideMapLabels(page);
    await page.getByLabel('Weapon', { exact: true }).selectOption('atacms');
    await expect(page.locator('.legend__intro')).toContainText('ATACMS');
    const shown = await expectMapMatchesLegend(page);
    expect(shown['crimea']).toBe('not-supplied');
    await expect(page).toHaveURL(/weapon=atacms/);
  });

  test('a deep link restores date, weapon and zone, and the URL follows changes', async ({ page }) => {
    await openApp(page, '?date=2024-11-25&weapon=atacms&zone=border-zone');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '25 November 2024');
    await expect(page.getByLabel('Weapon', { exact: true })).toHaveValue('atacms');
    await expect(page.getByTestId('zone-detail').getByRole('heading', { level: 2 })).toContainText(
      'Russian border zone',
    );
    await expect(page.getByTestId('zone-detail').locator('[data-weapon="atacms"]')).toHaveAttribute(
      'data-status',
      /.+/,
    );
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/date=2024-11-26/);
    await expect(page).toHaveURL(/weapon=atacms/);
    await expect(page).toHaveURL(/zone=border-zone/);
  });

  test('malformed parameters are ignored with a note naming each, and the default view shows', async ({
    page,
  }) => {
    await openApp(page, '?date=2024-99-99&weapon=nuke&zone=%3Cb%3Ex%3C%2Fb%3E');
    const notes = page.getByTestId('url-notes');
    await expect(notes).toContainText('date=2024-99-99');
    await expect(notes).toContainText('weapon=nuke');
    await expect(notes).toContainText('zone=<b>x</b>');
    await expect(page.getByLabel('Weapon', { exact: true })).toHaveValue('all');
    await expect(page.getByTestId('zone-detail')).toHaveCount(0);
    await expect(page.locator('b', { hasText: 'x' })).toHaveCount(0);
    for (let i = 0; i < 3; i++) await notes.getByRole('button').first().click();
    await expect(notes).toHaveCount(0);
  });

  test('clicking a zone opens its sourced detail; links open in a new tab; state media is labelled', async ({
    page,
  }) => {
    await openApp(page, '?date=2024-06-01');
    const [x, y] = (await page.evaluate(
      (p) => window.permissionMap!.project(p),
      ZONE_SAMPLE_POINTS['kharkiv-sector'],
    ))!;
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + x, box.y + y);
    const detail = page.getByTestId('zone-detail');
    await expect(detail.getByRole('heading', { level: 2 })).toContainText('Russia across from Kharkiv');
    await expect(detail.locator('[data-weapon="himars"]')).toHaveAttribute('data-status', 'limited');
    await detail.locator('[data-weapon="himars"] summary').click();
    const link = detail.locator('[data-weapon="himars"] a.source__link').first();
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
    await expect(page).toHaveURL(/zone=kharkiv-sector/);
    // A Russian state outlet carries the "Russian state-affiliated" label wherever it is cited.
    const tass = page.locator('a.source__link[href*="tass.com"]');
    if ((await tass.count()) > 0)
      await expect(tass.first().locator('xpath=..')).toContainText('state-affiliated');
  });

  test('the live summary and the table describe the date', async ({ page }) => {
    await openApp(page, '?date=2024-06-01');
    const summary = page.getByTestId('summary');
    await expect(summary).toHaveAttribute('aria-live', 'polite');
    await expect(summary).toContainText('1 June 2024');
    await expect(summary).toContainText('Russia across from Kharkiv');
    await expect(summary).toContainText('counter-fire', { ignoreCase: true });
    const table = page.getByTestId('status-table');
    await expect(table.locator('tr[data-zone="kharkiv-sector"] td[data-weapon="himars"]')).toHaveAttribute(
      'data-status',
      'limited',
    );
    await expect(table.locator('tr[data-zone="deep-russia"] td[data-weapon="atacms"]')).toHaveAttribute(
      'data-status',
      'prohibited',
    );
  });

  test('while the slider moves, the sentence and the date field wait for it to rest; the thumb does not', async ({
    page,
  }) => {
    await openApp(page, '?date=2024-06-01');
    const summary = page.getByTestId('summary');
    await expect(summary).toContainText('1 June 2024');
    // Thirty steps in one task, as a held key or a drag delivers them (well inside the 250 ms rest),
    // with every text the live region takes and every busy state recorded.
    const during = await page.evaluate(async () => {
      const region = document.querySelector<HTMLElement>('[data-testid="summary"]')!;
      const thumb = document.querySelector<HTMLElement>('[role="slider"]')!;
      const seen: { text: string; busy: string | null }[] = [];
      const observer = new MutationObserver(() => {
        const last = seen[seen.length - 1];
        const now = { text: region.textContent ?? '', busy: region.getAttribute('aria-busy') };
        if (!last || last.text !== now.text || last.busy !== now.busy) seen.push(now);
      });
      observer.observe(region, { subtree: true, childList: true, characterData: true, attributes: true });
      (window as unknown as { seenSummaries: typeof seen }).seenSummaries = seen;
      thumb.focus();
      for (let i = 0; i < 30; i++)
        thumb.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }),
        );
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return {
        valuetext: thumb.getAttribute('aria-valuetext'),
        label: document.querySelector('.timeline__date')!.textContent,
        field: document.querySelector<HTMLInputElement>('#timeline-date-input')!.value,
      };
    });
    // The thumb and the date in large type follow every step.
    expect(during.valuetext).toBe('1 July 2024');
    expect(during.label).toBe('1 July 2024');
    // The date field waits (the first step of the run passed at once).
    expect(during.field).toBe('2024-06-02');
    await expect(summary).toContainText('1 July 2024');
    await expect(summary).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator('#timeline-date-input')).toHaveValue('2024-07-01');
    await expect(page.getByTestId('status-table').locator('caption')).toContainText('1 July 2024');
    const seen = await page.evaluate(
      () => (window as unknown as { seenSummaries: { text: string; busy: string | null }[] }).seenSummaries,
    );
    // What a screen reader is given: the first step, marked busy while the run goes on, then the
    // day the slider stopped at; none of the 28 days between.
    const dateOf = (text: string) => text.match(/\d+ \w+ 2024/)?.[0];
    const dates = seen.map((s) => dateOf(s.text)).filter((d, i, all) => d !== all[i - 1]);
    expect(dates).toEqual(['2 June 2024', '1 July 2024']);
    expect(seen.some((s) => dateOf(s.text) === '2 June 2024' && s.busy === 'true')).toBe(true);
    expect(seen.at(-1)?.busy).toBe('false');
  });

  test('across a change, the map follows every step and the zone list follows once the slider rests', async ({
    page,
  }) => {
    // 15 May → 14 June 2024 crosses the Kharkiv decision: the sector goes from prohibited to limited.
    await openApp(page, '?date=2024-05-15');
    const kharkiv = page.locator('.zone-list [data-zone="kharkiv-sector"] .zone-button__status');
    await expect(kharkiv).toHaveText('Prohibited');
    const during = await page.evaluate(async () => {
      const thumb = document.querySelector<HTMLElement>('[role="slider"]')!;
      thumb.focus();
      for (let i = 0; i < 30; i++)
        thumb.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }),
        );
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return {
        shown: window.permissionMap!.getState().shown!['kharkiv-sector'],
        listed: document.querySelector('.zone-list [data-zone="kharkiv-sector"] .zone-button__status')!
          .textContent,
        caption: document.querySelector('[data-testid="status-table"] caption')!.textContent,
      };
    });
    expect(during.shown).toBe('limited');
    expect(during.listed).toBe('Prohibited');
    expect(during.caption).toContain('16 May 2024');
    await expect(kharkiv).toHaveText('Limited');
    await expect(page.getByTestId('status-table').locator('caption')).toContainText('14 June 2024');
    await expectMapMatchesLegend(page);
  });

  test('axe-core finds no serious or critical violations, with the detail panel open too', async ({
    page,
  }) => {
    await openApp(page, '?date=2024-06-01');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('.zone-button[data-zone="kharkiv-sector"]').click();
    await page.getByTestId('zone-detail').locator('summary').first().click();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('the dark theme keeps contrast (axe) and colours the zones with the same legend colours', async ({
    page,
  }) => {
    await openApp(page, '?date=2024-06-01&theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await hideMapLabels(page);
    await expectMapMatchesLegend(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  for (const [width, height] of [
    [320, 640],
    [2560, 1440],
  ] as const) {
    test(`lays out without horizontal scrolling at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openApp(page, '?date=2024-06-01');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const playBox = (await page.getByTestId('play').boundingBox())!;
      expect(playBox.width).toBeGreaterThanOrEqual(44);
      expect(playBox.height).toBeGreaterThanOrEqual(44);
    });
  }
});
