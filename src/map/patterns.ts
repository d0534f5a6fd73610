import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ShownStatusId } from '../domain/ids';
import { PATTERN_INK, PATTERNED_STATUSES, STATUS_COLORS, type PatternedStatus } from './palette';
import { SOFTWARE_CANVAS } from './softwareCanvas';
import { bmpDataUrl } from './bmpDataUrl';

// Patterns are drawn into pixel buffers here rather than loaded from a sprite, so the map makes
// no request for images and works offline and inside sandboxed embeds.

const TILE = 12;

/** Whether a status is drawn with a pattern (the non-colour cue) rather than a flat colour. */
export function isPatterned(status: ShownStatusId): status is PatternedStatus {
  return (PATTERNED_STATUSES as readonly ShownStatusId[]).includes(status);
}

export function patternImageId(status: PatternedStatus): string {
  return `pattern-${status}`;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Which pixels of a tile carry ink: thin diagonal hatching for limited, sparse dots for disputed. */
function isInk(status: PatternedStatus, x: number, y: number): boolean {
  if (status === 'limited') return (x + y) % TILE < 2;
  const cx = x % (TILE / 2);
  const cy = y % (TILE / 2);
  const row = Math.floor(y / (TILE / 2));
  const shiftedX = (cx + (row % 2) * 3) % (TILE / 2);
  return shiftedX >= 2 && shiftedX <= 3 && cy >= 2 && cy <= 3;
}

export function drawPattern(status: PatternedStatus): { width: number; height: number; data: Uint8Array } {
  const base = hexToRgb(STATUS_COLORS[status]);
  const ink = hexToRgb(PATTERN_INK[status] ?? '#000000');
  const data = new Uint8Array(TILE * TILE * 4);
  for (let y = 0; y < TILE; y++) {
    for (let x = 0; x < TILE; x++) {
      const [r, g, b] = isInk(status, x, y) ? ink : base;
      const i = (y * TILE + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = 255;
    }
  }
  return { width: TILE, height: TILE, data };
}

export function addPatternImages(map: MapLibreMap, statuses: readonly PatternedStatus[]): void {
  for (const status of statuses) {
    const id = patternImageId(status);
    if (!map.hasImage(id)) map.addImage(id, drawPattern(status));
  }
}

const dataUrls = new Map<PatternedStatus, string>();

/**
 * The same pattern as a CSS background, so the legend shows exactly what the map shows: the same
 * pixels, encoded in script (bmpDataUrl.ts says why not by a canvas). Made once per page, since
 * swatches re-mount whenever a zone's status changes.
 */
export function patternDataUrl(status: PatternedStatus): string {
  let url = dataUrls.get(status);
  if (url === undefined) {
    url = bmpDataUrl(drawPattern(status));
    dataUrls.set(status, url);
  }
  return url;
}

/** One tile of the pattern on a canvas: the source of the legend's data URL and the PNG's fill. */
export function patternCanvas(status: PatternedStatus): HTMLCanvasElement {
  const { width, height, data } = drawPattern(status);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas
    .getContext('2d', SOFTWARE_CANVAS)
    ?.putImageData(new ImageData(new Uint8ClampedArray(data), width, height), 0, 0);
  return canvas;
}
