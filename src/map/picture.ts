// The prerendered zone picture (built into the page by scripts/build/prerender.ts): shown from the
// first paint until MapLibre's first coloured frame, and as the map itself without WebGL2. The
// inline script colours it for the URL; from then on the app recolours it from the store.

import { SHOWN_STATUS_IDS, ZONE_IDS, type ShownStatusId, type ZoneId } from '../domain/ids';
import { MAP_THEMES, PATTERNED_STATUSES, STATUS_COLORS, type PatternedStatus } from './palette';
import { drawMergedZones, zoneOutlineElements } from './pictureScript';

export const PICTURE_FRAME_ID = 'zone-picture-frame';

export function picturePatternId(status: PatternedStatus): string {
  return `zone-picture-${status}`;
}

/** The fill of a zone in the picture for each status, in SHOWN_STATUS_IDS order (patterns as url(#…)). */
export function pictureFills(): string[] {
  return SHOWN_STATUS_IDS.map((status) =>
    (PATTERNED_STATUSES as readonly ShownStatusId[]).includes(status)
      ? `url(#${picturePatternId(status as PatternedStatus)})`
      : STATUS_COLORS[status],
  );
}

/** Per theme: sea, land, land outline, zone outline (the order the inline script reads). */
export function pictureThemes(): { light: string[]; dark: string[] } {
  const of = (t: (typeof MAP_THEMES)['light']) => [t.sea, t.land, t.landOutline, t.zoneOutline];
  return { light: of(MAP_THEMES.light), dark: of(MAP_THEMES.dark) };
}

/** The picture on its own, beside the pages (scripts/build/prerender.ts), for the embed. */
export const PICTURE_FILE_PATH = 'zone-picture.svg';

let frame: HTMLElement | null = null;

/**
 * Takes the picture out of the static page shell before React replaces the shell, so the map
 * panel can keep showing it. Call once, before the first render.
 */
export function claimPrerenderedPicture(doc: Document): void {
  frame = doc.getElementById(PICTURE_FRAME_ID);
}

/** The picture, or null on a page built without it (dev server without data, tests). */
export function prerenderedPicture(): HTMLElement | null {
  return frame;
}

/**
 * The picture from its own file, for a page without one in its shell (the embed, which carries
 * none so that it stays light), framed and captioned as the shell's. Parsed as inert SVG markup.
 */
export async function fetchPicture(url: string, doc: Document): Promise<HTMLElement | null> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const svg = new DOMParser().parseFromString(await response.text(), 'image/svg+xml').documentElement;
  if (svg.localName !== 'svg') return null; // a <parsererror> document
  const picture = doc.createElement('div');
  picture.id = PICTURE_FRAME_ID;
  picture.className = 'zone-picture';
  const caption = doc.createElement('p');
  caption.id = 'zone-picture-caption';
  caption.className = 'visually-hidden';
  picture.append(doc.adoptNode(svg), caption);
  return picture;
}

export interface PictureAttributes {
  zones: Record<ZoneId, { fill: string; status: number }>;
  sea: string;
  land: string;
  landOutline: string;
  zoneOutline: string;
}

/** What the picture's fills are for a set of zone statuses and a theme. */
export function pictureAttributes(
  statuses: Readonly<Record<ZoneId, ShownStatusId>>,
  theme: 'light' | 'dark',
): PictureAttributes {
  const fills = pictureFills();
  const [sea, land, landOutline, zoneOutline] = pictureThemes()[theme] as [string, string, string, string];
  const zones = Object.fromEntries(
    ZONE_IDS.map((zone) => {
      const status = SHOWN_STATUS_IDS.indexOf(statuses[zone]);
      return [zone, { fill: fills[status]!, status }];
    }),
  ) as PictureAttributes['zones'];
  return { zones, sea, land, landOutline, zoneOutline };
}

/**
 * Sets an attribute only when it changes: any change makes the browser raster the whole picture
 * again, which under software rendering holds the graphics pipeline (and MapLibre's start) for
 * a second or more.
 */
function setIfChanged(el: Element | null, name: string, value: string): void {
  if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * Recolours the picture in the page (the no-WebGL map follows the store this way). `outline`
 * draws the country borders, which the shell's copy leaves out until it becomes the map itself.
 */
export function paintPicture(
  picture: HTMLElement,
  statuses: Readonly<Record<ZoneId, ShownStatusId>>,
  theme: 'light' | 'dark',
  outline = true,
): void {
  const a = pictureAttributes(statuses, theme);
  for (const zone of ZONE_IDS) {
    const path = picture.querySelector(`[data-zone="${zone}"]`);
    setIfChanged(path, 'fill', a.zones[zone].fill);
    setIfChanged(path, 'data-status', String(a.zones[zone].status));
  }
  setIfChanged(picture.querySelector('[data-layer="sea"]'), 'fill', a.sea);
  for (const el of picture.querySelectorAll('[data-layer="land"]')) {
    setIfChanged(el, 'fill', a.land);
    if (outline) setIfChanged(el, 'stroke', a.landOutline);
  }
  for (const el of zoneOutlineElements(picture)) setIfChanged(el, 'stroke', a.zoneOutline);
  drawMergedZones(picture);
}
