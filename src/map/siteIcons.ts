// Site marker images, drawn on a canvas in the app and handed to MapLibre with addImage: no
// sprite sheet, no request. Two shapes, so a reader can tell air bases from other sites without
// colour: a triangle for air bases and airfields, a square for everything else.

import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SiteKind } from '../domain/sites';
import { SOFTWARE_CANVAS } from './softwareCanvas';

export const SITE_ICON_AIR = 'site-air';
export const SITE_ICON_OTHER = 'site-other';
const SIZE = 18;
const RATIO = 2;

export function siteIconFor(kind: SiteKind): typeof SITE_ICON_AIR | typeof SITE_ICON_OTHER {
  return kind === 'air-base' || kind === 'airfield' ? SITE_ICON_AIR : SITE_ICON_OTHER;
}

/** Draws one icon (CSS pixels; the canvas is `ratio` times larger). Also used by the legend and the PNG. */
export function drawSiteIcon(
  ctx: CanvasRenderingContext2D,
  id: string,
  x: number,
  y: number,
  size: number,
): void {
  const inset = size * 0.16;
  ctx.beginPath();
  if (id === SITE_ICON_AIR) {
    ctx.moveTo(x + size / 2, y + inset * 0.6);
    ctx.lineTo(x + size - inset * 0.6, y + size - inset);
    ctx.lineTo(x + inset * 0.6, y + size - inset);
    ctx.closePath();
  } else {
    ctx.rect(x + inset, y + inset, size - 2 * inset, size - 2 * inset);
  }
  ctx.lineJoin = 'round';
  ctx.lineWidth = size * 0.14;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.fillStyle = '#1b1b1b';
  ctx.fill();
}

function iconImage(id: string): ImageData | null {
  const canvas = document.createElement('canvas');
  canvas.width = SIZE * RATIO;
  canvas.height = SIZE * RATIO;
  const ctx = canvas.getContext('2d', SOFTWARE_CANVAS);
  if (!ctx) return null;
  ctx.scale(RATIO, RATIO);
  drawSiteIcon(ctx, id, 0, 0, SIZE);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

export function addSiteIcons(map: MapLibreMap): void {
  for (const id of [SITE_ICON_AIR, SITE_ICON_OTHER]) {
    const image = iconImage(id);
    if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: RATIO });
  }
}

const iconUrls = new Map<string, string>();

/** A data: URL of an icon, for the HTML legend; drawn once per icon and size. */
export function siteIconDataUrl(id: string, size = SIZE): string {
  const key = `${id}@${size}`;
  let url = iconUrls.get(key);
  if (url === undefined) {
    url = renderIconDataUrl(id, size);
    if (url) iconUrls.set(key, url);
  }
  return url;
}

function renderIconDataUrl(id: string, size: number): string {
  const canvas = document.createElement('canvas');
  canvas.width = size * RATIO;
  canvas.height = size * RATIO;
  const ctx = canvas.getContext('2d', SOFTWARE_CANVAS);
  if (!ctx) return '';
  ctx.scale(RATIO, RATIO);
  drawSiteIcon(ctx, id, 0, 0, size);
  return canvas.toDataURL('image/png');
}
