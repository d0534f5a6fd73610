import { PermissionMap } from '../map/mapAdapter';
import { MAP_BOUNDS } from '../map/framing';
import { MAP_THEMES } from '../map/palette';
import { cityLabelsFor, placeLabelsFor } from '../map/labels';
import type { MapView } from '../domain/mapView';
import { STATUS_IDS, type ShownStatusId } from '../domain/ids';
import type { Lang } from '../i18n/locale';
import type { Messages } from '../i18n/messages/en';
import type { Site } from '../domain/sites';
import { SITE_ICON_AIR, SITE_ICON_OTHER } from '../map/siteIcons';
import { drawLegendMark, drawSites, type LegendKind } from './pngMarks';
import { pngBlob, startPngPage, type Ink } from './pngPage';

import { PNG_SIZES, type PngSize } from './pngSizes';

export interface PngInput {
  size: PngSize;
  view: MapView;
  theme: 'light' | 'dark';
  title: string;
  dateLine: string;
  /** Which statuses the legend lists and how it explains them. */
  legendTitle: string;
  legendStatuses?: readonly ShownStatusId[]; // the donor's (default: the US statuses)
  t: Messages;
  lang: Lang;
  creditLines: string[];
  zonesUrl: string;
  contextUrl: string;
  /** Military sites, drawn as the map's markers and listed in the legend. */
  sites?: readonly Site[];
  /** The reach band the map shows (the chosen class's range on the date), with its legend text. */
  reach?: { url: string; km: number; label: string } | null;
}

/** Draws a map of exactly the map area's size off screen, so the picture does not depend on the window. */
async function renderMapImage(input: PngInput, width: number, height: number): Promise<HTMLCanvasElement> {
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = `position:fixed;left:-${width + 100}px;top:0;width:${width}px;height:${height}px;`;
  document.body.append(holder);
  const map = new PermissionMap({
    container: holder,
    zonesUrl: input.zonesUrl,
    contextUrl: input.contextUrl,
    theme: input.theme,
    bounds: MAP_BOUNDS,
    ariaLabel: '',
    attribution: '',
    interactive: false,
    preserveDrawingBuffer: true,
    pixelRatio: 1,
    ...(input.reach ? { reachUrl: input.reach.url } : {}),
  });
  try {
    map.show(input.view);
    map.reach?.setBand(input.reach?.km ?? null);
    await map.ready;
    await map.whenIdle(30_000);
    const out = document.createElement('canvas');
    out.width = width;
    out.height = height;
    const ctx = out.getContext('2d')!;
    ctx.drawImage(map.map.getCanvas(), 0, 0, width, height);
    drawCityLabels(ctx, map, input);
    drawSites(ctx, map, input.sites ?? []);
    return out;
  } finally {
    map.destroy();
    holder.remove();
  }
}

function drawCityLabels(ctx: CanvasRenderingContext2D, map: PermissionMap, input: PngInput): void {
  const dark = input.theme === 'dark';
  ctx.font = '600 15px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  const labels = [
    ...cityLabelsFor(input.lang).map((c) => ({
      text: c.name,
      lng: c.lng,
      lat: c.lat,
      dot: true,
      side: c.labelSide,
    })),
    ...placeLabelsFor(input.t).map((p) => ({
      text: p.text,
      lng: p.lng,
      lat: p.lat,
      dot: false,
      side: 'center' as const,
    })),
  ];
  for (const label of labels) {
    const [x, y] = map.project([label.lng, label.lat]);
    if (x < 0 || y < 0 || x > ctx.canvas.width || y > ctx.canvas.height) continue;
    const width = ctx.measureText(label.text).width;
    const tx = label.side === 'left' ? x - 7 - width : label.side === 'center' ? x - width / 2 : x + 7;
    ctx.lineWidth = 4;
    ctx.strokeStyle = dark ? 'rgba(0,0,0,0.8)' : 'rgba(255,255,255,0.9)';
    ctx.fillStyle = dark ? '#f3f3f3' : '#1b1b1b';
    ctx.strokeText(label.text, tx, y);
    ctx.fillText(label.text, tx, y);
    if (label.dot) {
      ctx.beginPath();
      ctx.arc(x, y, 3, 0, Math.PI * 2);
      ctx.fill();
    }
  }
}

interface LegendItem {
  kind: LegendKind;
  text: string;
  /** Width taken in the row: mark, text and gap. */
  w: number;
}

/** Sizes of the picture's parts, all derived from its pixel size. */
interface Layout {
  width: number;
  height: number;
  pad: number;
  titleSize: number;
  headerH: number;
  /** Legend swatch size. */
  sw: number;
  fontSize: number;
  creditSize: number;
  rows: LegendItem[][];
  rowH: number;
  mapW: number;
  mapH: number;
}

/** Every status named, then the band and the site marks when the picture shows them. */
function legendItems(ctx: CanvasRenderingContext2D, input: PngInput, sw: number): LegendItem[] {
  const entry = (kind: LegendKind, text: string) => ({
    kind,
    text,
    w: sw * 1.7 + ctx.measureText(text).width + sw,
  });
  return [
    { kind: 'title', text: input.legendTitle, w: ctx.measureText(input.legendTitle).width + sw },
    ...(input.legendStatuses ?? STATUS_IDS).map((status) => entry(status, input.t.statuses[status])),
    ...(input.reach ? [entry('reach', input.reach.label)] : []),
    ...(input.sites?.length
      ? [entry(SITE_ICON_AIR, input.t.legendSiteAir), entry(SITE_ICON_OTHER, input.t.legendSiteOther)]
      : []),
  ];
}

/** Items in rows no wider than `maxW` (a row always takes at least one item). */
function wrapRows(items: LegendItem[], maxW: number): LegendItem[][] {
  const rows: LegendItem[][] = [[]];
  let rowW = 0;
  for (const item of items) {
    if (rowW + item.w > maxW && rows.at(-1)!.length > 0) {
      rows.push([]);
      rowW = 0;
    }
    rows.at(-1)!.push(item);
    rowW += item.w;
  }
  return rows;
}

/** Lays the legend out first (it wraps on narrow pictures), then gives the map what is left. */
function layout(ctx: CanvasRenderingContext2D, input: PngInput): Layout {
  const { width, height } = PNG_SIZES[input.size];
  const pad = Math.round(width * 0.025);
  const titleSize = Math.round(Math.min(width, height * 1.6) * 0.028);
  const headerH = pad + Math.round(titleSize * 2.5);
  const sw = Math.round(titleSize * 0.62);
  const fontSize = Math.round(sw * 0.75);
  const creditSize = Math.round(fontSize * 0.85);
  ctx.font = `600 ${fontSize}px system-ui, sans-serif`;
  const rows = wrapRows(legendItems(ctx, input, sw), width - 2 * pad);
  const rowH = Math.round(sw * 1.5);
  const footerH =
    Math.round(sw * 0.6) +
    rows.length * rowH +
    input.creditLines.length * Math.round(creditSize * 1.4) +
    pad / 2;
  const mapH = height - headerH - footerH;
  const mapW = width - 2 * pad;
  return { width, height, pad, titleSize, headerH, sw, fontSize, creditSize, rows, rowH, mapW, mapH };
}

function drawHeader(ctx: CanvasRenderingContext2D, input: PngInput, l: Layout, ink: Ink): void {
  ctx.fillStyle = ink.text;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 ${l.titleSize}px system-ui, sans-serif`;
  ctx.fillText(input.title, l.pad, l.pad + l.titleSize);
  ctx.font = `600 ${Math.round(l.titleSize * 0.7)}px system-ui, sans-serif`;
  ctx.fillStyle = ink.muted;
  ctx.fillText(input.dateLine, l.pad, l.pad + l.titleSize + Math.round(l.titleSize * 0.95));
}

/** Legend rows under the map, then the credit lines; every status named, with the map's own patterns. */
function drawFooter(ctx: CanvasRenderingContext2D, input: PngInput, l: Layout, ink: Ink): void {
  ctx.font = `600 ${l.fontSize}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  let y = l.headerH + l.mapH + Math.round(l.sw * 0.6);
  for (const row of l.rows) {
    let x = l.pad;
    for (const item of row) {
      drawLegendMark(ctx, item.kind, x, y, l.sw, ink.text);
      ctx.fillStyle = ink.text;
      ctx.fillText(item.text, item.kind === 'title' ? x : x + l.sw * 1.7, y + l.sw / 2);
      x += item.w;
    }
    y += l.rowH;
  }
  ctx.fillStyle = ink.muted;
  ctx.font = `${l.creditSize}px system-ui, sans-serif`;
  input.creditLines.forEach((line, i) => ctx.fillText(line, l.pad, y + Math.round(l.creditSize * 1.4) * i));
}

/**
 * The current view as a PNG for slides: title, date, the map, a legend of every status (with the
 * same patterns as the map) and the credit line with the boundary attribution.
 */
export async function renderPng(input: PngInput): Promise<Blob> {
  const { canvas, ctx, ink } = startPngPage(input.size, input.theme);
  const l = layout(ctx, input);
  const mapImage = await renderMapImage(input, l.mapW, l.mapH);
  drawHeader(ctx, input, l, ink);
  ctx.fillStyle = MAP_THEMES[input.theme].sea;
  ctx.fillRect(l.pad, l.headerH, l.mapW, l.mapH);
  ctx.drawImage(mapImage, l.pad, l.headerH);
  drawFooter(ctx, input, l, ink);
  return pngBlob(canvas);
}
