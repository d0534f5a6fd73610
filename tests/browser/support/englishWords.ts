import type { Frame, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Source } from '../../../src/domain/types';
import type { Site } from '../../../src/domain/sites';
import { publishedDataset } from '../../support/dataset';

const { sites } = JSON.parse(readFileSync('public/data/sites.json', 'utf8')) as { sites: Site[] };
const sources: Source[] = [
  ...publishedDataset().events.flatMap((e) => e.sources),
  ...sites.flatMap((site) => [...site.sources, ...site.strikes.flatMap((strike) => strike.sources)]),
];
/** Every outlet name in the data, longest first (so "The New York Times" goes before "The Times"). */
const OUTLETS = [...new Set(sources.flatMap((s) => [s.outlet, ...(s.via ? [s.via] : [])]))].sort(
  (a, b) => b.length - a.length,
);

/**
 * English function words that are not words in Ukrainian, German or French: if one shows up in
 * visible text of a uk/de/fr page, some English was left untranslated. ("in", "an", "was", "on",
 * "die" are left out: they are German or French words too.)
 */
export const ENGLISH_FUNCTION_WORDS = [
  'the',
  'and',
  'of',
  'with',
  'from',
  'for',
  'were',
  'that',
  'this',
  'by',
  'is',
  'to',
  'only',
  'after',
  'which',
  'has',
  'have',
  'been',
  'not',
  'its',
  'their',
  'it',
  'be',
  'or',
  'at',
  'into',
];

/**
 * The English function words in the visible text of `target`, outside quotes, citations and links
 * (quotes stay verbatim; outlet names are links or citations), with the text they were found in.
 */
export async function englishWordsIn(
  target: Page | Frame,
  outlets: readonly string[] = OUTLETS,
): Promise<{ word: string; text: string }[]> {
  return target.evaluate(
    ([words, names]) => {
      const wanted = new Set(words);
      const found: { word: string; text: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('q, blockquote, cite, a, script, style, noscript')) continue;
        if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
        const text = node.textContent ?? '';
        // Outlet names stay as they are, also where a translated note mentions one ("The Times").
        let rest = text;
        for (const name of names) rest = rest.split(name).join(' ');
        for (const word of rest.toLowerCase().match(/[a-z]+/g) ?? [])
          if (wanted.has(word)) found.push({ word, text: text.trim().slice(0, 120) });
      }
      return found;
    },
    [ENGLISH_FUNCTION_WORDS, outlets] as const,
  );
}

/** Records every string the page draws on a canvas with fillText (the PNG export's text). */
export async function recordCanvasText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const drawn: string[] = [];
    (window as unknown as { __canvasText: string[] }).__canvasText = drawn;
    const original = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, w?: number) {
      drawn.push(String(text));
      return w === undefined ? original.call(this, text, x, y) : original.call(this, text, x, y, w);
    };
  });
}

export async function canvasText(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __canvasText: string[] }).__canvasText);
}
