import type { Page } from '@playwright/test';

/** Makes every canvas refuse a WebGL2 context, as a browser or device without it does. */
export async function withoutWebGL2(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: never[]
    ) {
      return type === 'webgl2' ? null : original.call(this, type as '2d', ...rest);
    } as typeof original;
  });
}
