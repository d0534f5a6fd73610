import { expect, test, type Page } from '@playwright/test';
import { openApp, seriousAxeViolations } from './support/app';

const switcher = (page: Page) => page.getByTestId('language-switcher');

test.describe('Ukrainian UI', () => {
  test('?lang=uk shows the Ukrainian UI, html lang, title and spoken date', async ({ page }) => {
    await openApp(page, '?lang=uk&date=2024-06-01');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(page).toHaveTitle('Зброя США: де Україні дозволено бити');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Де Україна могла застосовувати зброю США?',
    );
    const slider = page.getByRole('slider', { name: 'Дата, показана на карті' });
    await expect(slider).toHaveAttribute('aria-valuetext', '1 червня 2024');
    await expect(page.getByLabel('Зброя', { exact: true })).toHaveValue('all');
    const summary = page.getByTestId('summary');
    await expect(summary).toContainText('1 червня 2024.');
    await expect(summary).toContainText('Росія навпроти Харківщини');
    const table = page.getByTestId('status-table');
    await expect(table.locator('tr[data-zone="deep-russia"] td[data-weapon="atacms"]')).toContainText(
      'Заборонено',
    );
    await expect(switcher(page).getByRole('button', { name: 'Українська' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(switcher(page).getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
  });

  test('the switcher changes the language, the URL and the text, and back', async ({ page }) => {
    await openApp(page, '?date=2024-06-01');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const ukButton = switcher(page).getByRole('button', { name: 'Українська' });
    await expect(ukButton).toHaveAttribute('lang', 'uk');
    await expect(ukButton).toHaveAttribute('aria-pressed', 'false');
    await ukButton.click();
    await expect(page).toHaveURL(/[?&]lang=uk(&|$)/);
    await expect(page).toHaveURL(/date=2024-06-01/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Де Україна могла застосовувати зброю США?',
    );
    await expect(page.getByRole('slider', { name: 'Дата, показана на карті' })).toHaveAttribute(
      'aria-valuetext',
      '1 червня 2024',
    );
    await expect(ukButton).toHaveAttribute('aria-pressed', 'true');
    await expect(ukButton).toBeFocused();

    await switcher(page).getByRole('button', { name: 'English' }).click();
    await expect(page).not.toHaveURL(/lang=/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('slider', { name: 'Date shown on the map' })).toHaveAttribute(
      'aria-valuetext',
      '1 June 2024',
    );
  });

  test('dataset texts in the detail panel are in Ukrainian; the English quote keeps lang="en"', async ({
    page,
  }) => {
    await openApp(page, '?lang=uk&date=2024-06-01&zone=kharkiv-sector');
    const detail = page.getByTestId('zone-detail');
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
      'Росія навпроти Харківщини станом на 1 червня 2024',
    );
    const himars = detail.locator('[data-weapon="himars"]');
    await himars.locator('summary').click();
    const card = himars.locator('.event-card').first();
    await expect(card.locator('.event-card__summary')).not.toHaveAttribute('lang', /./);
    await expect(card.locator('.event-card__summary')).toHaveText(/[а-яіїєґ]{4}/);
    await expect(card.locator('.event-card__title span[lang="en"]')).toHaveCount(0);
    await expect(card.locator('blockquote.source__quote').first()).toHaveAttribute('lang', 'en');
    await expect(card.locator('.source__translation').first()).toContainText('Наш переклад:');
  });

  test('axe-core finds no serious or critical violations in Ukrainian, with the detail panel open too', async ({
    page,
  }) => {
    await openApp(page, '?lang=uk&date=2024-06-01');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('.zone-button[data-zone="kharkiv-sector"]').click();
    await page.getByTestId('zone-detail').locator('summary').first().click();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('lays out without horizontal scrolling at 320 px, with 44 px language buttons', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openApp(page, '?lang=uk&date=2024-06-01');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    for (const name of ['English', 'Українська', 'Deutsch', 'Français']) {
      const box = (await switcher(page).getByRole('button', { name }).boundingBox())!;
      expect(box.width, name).toBeGreaterThanOrEqual(44);
      expect(box.height, name).toBeGreaterThanOrEqual(44);
    }
  });
});
