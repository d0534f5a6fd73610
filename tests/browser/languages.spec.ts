import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/app';
import { canvasText, englishWordsIn, recordCanvasText } from './support/englishWords';

// Per language: what a reader of that language sees on the page, in the detail, the embed and the
// PNG. Expected texts are written out here (not read from the catalogues), so a wrong or missing
// translation fails.
const CASES = [
  {
    lang: 'uk',
    title: 'Зброя США: де Україні дозволено бити',
    sliderName: 'Дата, показана на карті',
    date: '5 червня 2024',
    zone: 'Росія навпроти Харківщини',
    permitted: 'Дозволено',
    why: 'Підстави',
    morozovsk: 'Авіабаза Морозовськ',
  },
  {
    lang: 'de',
    title: 'US-Waffen: Wo die Ukraine angreifen darf',
    sliderName: 'Auf der Karte gezeigtes Datum',
    date: '5. Juni 2024',
    zone: 'Russland gegenüber Charkiw',
    permitted: 'Erlaubt',
    why: 'Begründung',
    morozovsk: 'Luftwaffenstützpunkt Morosowsk',
  },
  {
    lang: 'fr',
    title: 'Armes américaines : où l’Ukraine peut frapper',
    sliderName: 'Date affichée sur la carte',
    date: '5 juin 2024',
    zone: 'Secteur de Kharkiv (côté russe)',
    permitted: 'Autorisé',
    why: 'Pourquoi',
    morozovsk: 'Base aérienne de Morozovsk',
  },
] as const;

async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

for (const c of CASES) {
  test.describe(`${c.lang} page`, () => {
    test('html lang, title, local date, summary sentence and table are in the language', async ({ page }) => {
      await openApp(page, `?lang=${c.lang}&date=2024-06-05`);
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
      await expect(page).toHaveTitle(c.title);
      await expect(page.getByRole('slider', { name: c.sliderName })).toHaveAttribute(
        'aria-valuetext',
        c.date,
      );
      const summary = page.getByTestId('summary');
      await expect(summary).toContainText(`${c.date}.`);
      await expect(summary).toContainText(c.zone);
      await expect(page.getByTestId('status-table')).toContainText(c.permitted);
      await expect(page.locator('meta[name="description"]')).not.toHaveAttribute(
        'content',
        /Interactive map/,
      );
    });

    test('the region detail with its events reads in the language, outside quotes and outlet names', async ({
      page,
    }) => {
      await openApp(page, `?lang=${c.lang}&date=2024-06-05&zone=kharkiv-sector`);
      const detail = page.getByTestId('zone-detail');
      await expect(detail.getByRole('heading', { level: 2 })).toContainText(c.zone);
      await openAllDetails(page);
      await expect(detail.locator('.event-card').first()).toBeVisible();
      await expect(detail.getByRole('heading', { name: new RegExp(`^${c.why}`) }).first()).toBeVisible();
      // Every event text is translated: nothing falls back to English.
      await expect(detail.locator('.event-card [lang="en"]:not(blockquote)')).toHaveCount(0);
      // An English quote stays verbatim, marked English, with our translation under it.
      const quote = detail.locator('blockquote.source__quote').first();
      await expect(quote).toHaveAttribute('lang', 'en');
      await expect(detail.locator('.source__translation').first()).toBeVisible();
      expect(await englishWordsIn(page)).toEqual([]);
    });

    test('a military site in the place panel reads in the language, its quotes translated', async ({
      page,
    }) => {
      await openApp(page, `?lang=${c.lang}&date=2024-12-01&place=morozovsk-air-base`);
      const panel = page.getByTestId('place-panel');
      await expect(panel.getByRole('heading', { name: c.morozovsk })).toBeVisible();
      await openAllDetails(page);
      const details = panel.getByTestId('site-details');
      await expect(details.locator('blockquote.source__quote').first()).toBeVisible();
      await expect(details.locator('[lang="en"]:not(blockquote)')).toHaveCount(0);
      // Every quote has our translation under it (none of Morozovsk's quotes is in the language).
      const quotes = await details.locator('blockquote.source__quote').count();
      await expect(details.locator('.source__translation')).toHaveCount(quotes);
      expect(await englishWordsIn(page)).toEqual([]);
    });

    test('the embed reads in the language', async ({ page }) => {
      await openApp(page, `?lang=${c.lang}&date=2024-06-05&zone=kharkiv-sector`, './embed/');
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
      await expect(page.getByTestId('embed-zone')).toContainText(c.zone);
      await expect(page.locator('body')).toContainText(c.date);
      expect(await englishWordsIn(page)).toEqual([]);
    });

    test('the PNG draws its title, date, legend and credit in the language', async ({ page }) => {
      await recordCanvasText(page);
      await openApp(page, `?lang=${c.lang}&date=2024-06-05`);
      await page.getByTestId('share-open').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('png-download').click(),
      ]);
      await download.path();
      const texts = (await canvasText(page)).join(' | ');
      expect(texts).toContain(c.date);
      expect(texts).toContain(c.permitted);
      const words = texts.toLowerCase().match(/[a-z]+/g) ?? [];
      expect(
        words.filter((w) => ['the', 'and', 'with', 'from', 'contributors', 'boundaries'].includes(w)),
      ).toEqual([]);
    });
  });
}

test('an English reader gets our translation under a quote in another language', async ({ page }) => {
  await openApp(page, '?date=2024-12-15&place=taganrog-central-air-base');
  const details = page.getByTestId('site-details');
  await openAllDetails(page);
  const russian = details.locator('blockquote.source__quote[lang="ru"]').first();
  await expect(russian).toContainText('ATACMS');
  const translation = details.locator('blockquote.source__quote[lang="ru"] + .source__translation').first();
  await expect(translation).toContainText('Our translation:');
  await expect(translation).toContainText('Taganrog');
  // An English quote needs none.
  const english = details.locator('blockquote.source__quote:not([lang]) + .source__translation');
  await expect(english).toHaveCount(0);
});

test('without ?lang the browser languages choose, and ?lang wins over them', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-AT' });
  const page = await context.newPage();
  await openApp(page, '?date=2024-06-05');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await openApp(page, '?lang=fr&date=2024-06-05');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await context.close();
});

test('the switcher offers four languages and keeps the rest of the state', async ({ page }) => {
  await openApp(page, '?date=2024-06-05&zone=kharkiv-sector&weapon=himars');
  const buttons = page.getByTestId('language-switcher').getByRole('button');
  await expect(buttons).toHaveText(['English', 'Українська', 'Deutsch', 'Français']);
  await buttons.filter({ hasText: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveURL(/lang=de/);
  await expect(page).toHaveURL(/date=2024-06-05/);
  await expect(page).toHaveURL(/zone=kharkiv-sector/);
  await expect(page).toHaveURL(/weapon=himars/);
});

test('hreflang alternates name every language', async ({ page }) => {
  await page.goto('./');
  const langs = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
  expect(langs).toEqual(['en', 'uk', 'de', 'fr', 'x-default']);
});
