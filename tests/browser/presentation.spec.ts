import { expect, test } from '@playwright/test';
import { openApp } from './support/app';

test('presentation mode steps through the changes the audience sees, by clicker keys, and ends with Esc', async ({
  page,
}) => {
  await openApp(page, '?date=2024-05-01');
  await page.getByTestId('present').click();
  await expect(page.locator('.app')).toHaveClass(/app--presenting/);
  await expect(page.getByTestId('presentation')).toBeVisible();
  await expect(page.locator('.app__side')).toBeHidden();
  const shownBefore = await page.evaluate(() => JSON.stringify(window.permissionMap!.getState().shown));
  await page.keyboard.press('PageDown');
  const afterNext = await page.evaluate(() => window.permissionMap!.getState());
  expect(afterNext.date > '2024-05-01').toBe(true);
  // Each step lands where the map's colours change.
  expect(JSON.stringify(afterNext.shown)).not.toBe(shownBefore);
  await expect(page.locator('.presentation__date')).toHaveText(
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.parse(afterNext.date)),
  );
  await page.keyboard.press('PageUp');
  expect(await page.evaluate(() => window.permissionMap!.getState().date < '2024-05-02')).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator('.app')).not.toHaveClass(/app--presenting/);
  await expect(page.getByRole('slider')).toBeVisible();
});
