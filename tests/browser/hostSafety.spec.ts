import { expect, test, type Frame, type Page } from '@playwright/test';
import { startHostServer } from './support/hostServer';

// The embed as a hostile page would treat it (audit D6–D8, D11), served cross-origin.

let host: Awaited<ReturnType<typeof startHostServer>>;
test.beforeAll(async ({ baseURL }) => {
  host = await startHostServer(baseURL!);
});
test.afterAll(async () => {
  await host.close();
});

async function readyFrame(page: Page, selector: string): Promise<Frame> {
  const frame = (await (await page.locator(selector).elementHandle())!.contentFrame())!;
  await frame.waitForFunction(() => window.permissionMap?.getState().shown != null, null, {
    timeout: 30_000,
  });
  return frame;
}

test('D7 and D8: a foreign frame can neither drive the map nor resize anything', async ({ page }) => {
  await page.goto(`${host.url}hostile.html`);
  const map = await readyFrame(page, '#map');
  const foreign = (await (await page.locator('#foreign').elementHandle())!.contentFrame())!;
  const foreignHeight = (await page.locator('#foreign').boundingBox())!.height;
  await foreign.evaluate(() => (window as unknown as { attack: () => void }).attack());
  // The parent's own command, sent after the attack, is applied: so the attack had its chance.
  await page.evaluate(() =>
    (window as unknown as { sendToMap: (m: unknown) => void }).sendToMap({
      type: 'permission-map:set',
      weapon: 'himars',
    }),
  );
  await expect.poll(() => map.evaluate(() => window.permissionMap!.getState().weapon)).toBe('himars');
  expect(await map.evaluate(() => window.permissionMap!.getState().date)).toBe('2024-06-01');
  expect((await page.locator('#foreign').boundingBox())!.height).toBe(foreignHeight);
  // The map's own frame cannot grow past the script's ceiling either. The embed reports its real
  // height again right after, so record the tallest height the script ever applies.
  await page.evaluate(() => {
    const frame = document.getElementById('map')!;
    const w = window as unknown as { tallest: number };
    w.tallest = 0;
    new MutationObserver(() => {
      w.tallest = Math.max(w.tallest, frame.getBoundingClientRect().height);
    }).observe(frame, { attributes: true, attributeFilter: ['style', 'height'] });
  });
  await map.evaluate(() => parent.postMessage({ type: 'permission-map:height', height: 99_999 }, '*'));
  await expect.poll(() => page.evaluate(() => (window as unknown as { tallest: number }).tallest)).toBe(4000);
});

test('D6: a flood of 10,000 set messages is applied as the last one, and get-state answers at once after', async ({
  page,
}) => {
  await page.goto(`${host.url}hostile.html`);
  const map = await readyFrame(page, '#map');
  const state = await page.evaluate(async () => {
    const frame = (document.getElementById('map') as HTMLIFrameElement).contentWindow!;
    for (let i = 0; i < 10_000; i++)
      frame.postMessage(
        {
          type: 'permission-map:set',
          date: i % 2 ? '2023-03-01' : '2024-03-01',
          weapon: i % 2 ? 'atacms' : 'himars',
        },
        '*',
      );
    return new Promise<{ date: string; weapon: string }>((resolve) => {
      addEventListener('message', (e) => {
        if (e.data?.type === 'permission-map:state' && e.data.requestId === 'after') resolve(e.data.state);
      });
      frame.postMessage({ type: 'permission-map:get-state', requestId: 'after' }, '*');
    });
  });
  expect(state).toMatchObject({ date: '2023-03-01', weapon: 'atacms' });
  expect(await map.evaluate(() => window.permissionMap!.getState().date)).toBe('2023-03-01');
});

test('D11: refused and misspelled parameters get notes and leave the URL at the first change', async ({
  page,
}) => {
  await page.goto('./embed/?controls=yes&wepon=himars&utm_source=course');
  await page.waitForFunction(() => window.permissionMap?.getState().shown != null);
  await expect(page.getByTestId('url-notes')).toContainText('controls=yes');
  await expect(page.getByTestId('url-notes')).toContainText('wepon=himars');
  await page.evaluate(() => window.permissionMap!.setDate('2023-03-15'));
  await expect.poll(() => new URL(page.url()).search).toBe('?utm_source=course&date=2023-03-15');
  await page.goto('./?static=1');
  await expect(page.getByTestId('url-notes')).toContainText('static=1');
});
