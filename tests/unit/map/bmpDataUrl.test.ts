import { describe, expect, it } from 'vitest';
import { bmpDataUrl } from '../../../src/map/bmpDataUrl';
import { drawPattern, patternDataUrl } from '../../../src/map/patterns';

/** Reads a 32-bit bottom-up BMP back into top-down RGBA, as a browser would show it. */
function decode(url: string): { width: number; height: number; data: Uint8Array } {
  const prefix = 'data:image/bmp;base64,';
  expect(url.startsWith(prefix)).toBe(true);
  const bytes = Buffer.from(url.slice(prefix.length), 'base64');
  expect(bytes.toString('latin1', 0, 2)).toBe('BM');
  expect(bytes.readUInt32LE(2)).toBe(bytes.length);
  const offset = bytes.readUInt32LE(10);
  const width = bytes.readInt32LE(18);
  const height = bytes.readInt32LE(22);
  expect(bytes.readUInt16LE(28)).toBe(32);
  expect(bytes.readUInt32LE(30)).toBe(0); // uncompressed
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const from = offset + ((height - 1 - y) * width + x) * 4;
      const to = (y * width + x) * 4;
      data.set([bytes[from + 2]!, bytes[from + 1]!, bytes[from]!, bytes[from + 3]!], to);
    }
  return { width, height, data };
}

describe('bmpDataUrl', () => {
  it('keeps every pixel where it was: rows top-down, channels RGBA', () => {
    // 2 × 2: red, green / blue, half-transparent white.
    const data = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 128]);
    expect(decode(bmpDataUrl({ width: 2, height: 2, data }))).toEqual({ width: 2, height: 2, data });
  });

  it('gives the legend the map’s own pattern tiles', () => {
    for (const status of ['limited', 'disputed'] as const) {
      const tile = drawPattern(status);
      expect(decode(patternDataUrl(status)), status).toEqual(tile);
    }
  });
});
