// The shell's zone picture draws few anti-aliased paths (Chrome multisamples a layer with six or
// more, which cost about a second of the first paint under software rendering): land, one path
// per fill shown, and one outline. The per-zone paths stay, hidden, for the recolouring scripts.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zonePictureSvg } from '../../../scripts/build/prerender';
import { MAP_BOUNDS } from '../../../src/map/framing';
import { mergeByFill } from '../../../src/map/pictureScript';
import { realDataset } from '../../support/dataset';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe('mergeByFill', () => {
  it('draws one path per fill, in first-seen order, with the zones’ paths joined', () => {
    const merged = mergeByFill([
      { fill: 'blue', d: 'M0 0l1 1z' },
      { fill: 'red', d: 'M5 5l1 1z' },
      { fill: 'blue', d: 'M9 9l1 1z' },
    ]);
    expect(merged).toEqual([
      { fill: 'blue', d: 'M0 0l1 1zM9 9l1 1z' },
      { fill: 'red', d: 'M5 5l1 1z' },
    ]);
  });
});

describe('the shell’s picture', () => {
  const svg = zonePictureSvg(ROOT, realDataset(), MAP_BOUNDS, { outline: false });
  const drawn = svg
    .replace(/<defs>.*?<\/defs>/s, '')
    .replace(/<g data-layer="zones" visibility="hidden">.*?<\/g>/s, '');
  const zonePaths = [...svg.matchAll(/<path data-zone="[^"]+" fill="([^"]+)"[^>]* d="([^"]+)"/g)];

  it('keeps every zone’s path, hidden, with its fill and status', () => {
    expect(zonePaths.map((m) => m[0].match(/data-zone="([^"]+)"/)![1]).sort()).toEqual(
      ['border-zone', 'crimea', 'deep-russia', 'kharkiv-sector', 'ukraine'].sort(),
    );
    expect(svg).toMatch(/<g data-layer="zones" visibility="hidden"><path data-zone=/);
  });

  it('draws land, one path per fill shown and one outline: fewer than six', () => {
    const paths = [...drawn.matchAll(/<path /g)].length;
    const fills = new Set(zonePaths.map((m) => m[1])).size;
    expect(paths).toBe(1 + fills + 1);
    expect(paths).toBeLessThan(6);
  });

  it('covers each zone once: the merged fills and the outline hold every zone’s path', () => {
    const fills = [...drawn.matchAll(/<g data-layer="zone-fills"[^>]*>(.*?)<\/g>/gs)][0]![1]!;
    for (const [, fill, d] of zonePaths) {
      const merged = [...fills.matchAll(/<path fill="([^"]+)" d="([^"]+)"/g)].find((m) => m[1] === fill)!;
      expect(merged[2]!.split(d!).length - 1, fill).toBe(1);
    }
    const outline = drawn.match(/data-layer="zone-outline"[^>]* d="([^"]+)"/)![1]!;
    expect(outline).toBe(zonePaths.map((m) => m[2]).join(''));
  });
});
