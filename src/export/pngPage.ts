// The page both PNG exports draw on (the single map, pngExport.ts; the comparison, comparePng.ts):
// the canvas at the chosen size, its background and ink for the theme, and the blob at the end.

import { PNG_SIZES, type PngSize } from './pngSizes';

export interface Ink {
  text: string;
  muted: string;
}

export interface PngPage {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  width: number;
  height: number;
  ink: Ink;
}

/** A blank page for a PNG: the canvas at `size`, filled with the theme's background. */
export function startPngPage(size: PngSize, theme: 'light' | 'dark'): PngPage {
  const { width, height } = PNG_SIZES[size];
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  const dark = theme === 'dark';
  ctx.fillStyle = dark ? '#141619' : '#fbfaf7';
  ctx.fillRect(0, 0, width, height);
  const ink = { text: dark ? '#eeeeec' : '#1b1b1b', muted: dark ? '#b9b5ad' : '#555049' };
  return { canvas, ctx, width, height, ink };
}

/** The page as a PNG blob. */
export function pngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'),
  );
}
