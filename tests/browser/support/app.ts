import { expect, type Frame, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Opens the built app with a query string and waits until the map has drawn the state. */
export async function openApp(page: Page, query = '', path = './'): Promise<void> {
  await page.goto(`${path}${query}`);
  await page.waitForFunction(
    () => window.permissionMap?.mapReady === true && window.permissionMap.getState().shown !== null,
    null,
    {
      timeout: 30_000,
    },
  );
  await waitForMapIdle(page);
}

export async function waitForMapIdle(page: Page): Promise<void> {
  const idle = await page.evaluate(() => window.permissionMap!.whenIdle(20_000));
  expect(idle, 'the map reached idle').toBe(true);
}

/** Hides HTML labels and controls so pixel samples see only what the map canvas drew. */
export async function hideMapLabels(target: Page | Frame): Promise<void> {
  // A constructed style sheet: the page's CSP (rightly) refuses an injected <style> element.
  await target.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.map-label, .maplibregl-ctrl { visibility: hidden !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

export type Rgb = [number, number, number];

/**
 * The colour drawn at a geographic point of the map in `target` (the page, or an embed's frame):
 * the most common colour in a 7×7 patch of a page screenshot.
 */
export async function colourAt(
  page: Page,
  lngLat: [number, number],
  target: Page | Frame = page,
): Promise<Rgb> {
  await target.locator('.maplibregl-canvas').scrollIntoViewIfNeeded();
  const point = await target.evaluate((ll) => window.permissionMap!.project(ll), lngLat);
  expect(point, 'map projects the point').not.toBeNull();
  const box = await target.locator('.maplibregl-canvas').boundingBox();
  if (!box || !point) throw new Error('no map canvas');
  const x = Math.round(box.x + point[0]);
  const y = Math.round(box.y + point[1]);
  expect(
    x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height,
    `point ${lngLat} is inside the canvas`,
  ).toBe(true);
  const shot = PNG.sync.read(await page.screenshot({ clip: { x: x - 3, y: y - 3, width: 7, height: 7 } }));
  const counts = new Map<string, number>();
  for (let i = 0; i < shot.data.length; i += 4) {
    const key = `${shot.data[i]},${shot.data[i + 1]},${shot.data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return best.split(',').map(Number) as Rgb;
}

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function cssColourToRgb(css: string): Rgb {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Colours equal within a small tolerance (software rendering may round by a unit or two). */
export function expectColour(actual: Rgb, expected: Rgb, what: string, tolerance = 6): void {
  const off = Math.max(...actual.map((v, i) => Math.abs(v - expected[i]!)));
  expect(
    off,
    `${what}: drawn rgb(${actual.join(',')}) vs expected rgb(${expected.join(',')})`,
  ).toBeLessThanOrEqual(tolerance);
}

/** The legend's colour for a status, read from the page as a user would see it. */
export async function legendColour(page: Page, status: string): Promise<Rgb> {
  const css = await page
    .locator(`.legend [data-status="${status}"] .swatch`)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  return cssColourToRgb(css);
}

/** Runs axe-core in the page and returns serious and critical violations. */
/** The rule sets axe checks: WCAG 2.0–2.2 A and AA, and axe's best practices (docs/accessibility.md). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** Every axe violation, of any impact, in the page or frame (axe is evaluated, not injected as a tag: CSP). */
export async function axeViolations(target: Page | Frame): Promise<AxeViolation[]> {
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await target.evaluate(axeSource);
  return target.evaluate(async (tags) => {
    // @ts-expect-error axe is evaluated above
    const result = await window.axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: tags },
    });
    return (
      result.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[]
    ).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, AXE_TAGS);
}

export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
