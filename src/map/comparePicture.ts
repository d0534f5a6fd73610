// The small maps of the donor comparison: clones of the prerendered zone picture (the same SVG
// the page shows before MapLibre loads), coloured per donor through their fill attributes. No
// MapLibre and no WebGL context at all, however many donors are compared.

import type { DonorStatusId } from '../domain/donors';
import { ZONE_IDS, type ZoneId } from '../domain/ids';
import { STATUS_COLORS, PATTERNED_STATUSES } from './palette';
import { pictureThemes, picturePatternId } from './picture';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A copy of the picture's SVG for one small map. Its ids get `prefix` (several copies share one
 * page), and it is hidden from assistive technology: the element around it carries the name.
 */
export function cloneZonePicture(template: Element, prefix: string): SVGSVGElement | null {
  const source = template.localName === 'svg' ? template : template.querySelector('svg');
  if (!source || source.namespaceURI !== SVG_NS) return null;
  const svg = source.cloneNode(true) as SVGSVGElement;
  drawZonesSeparately(svg);
  for (const el of [svg, ...svg.querySelectorAll('[id]')]) {
    if (el === svg) el.removeAttribute('id');
    else el.id = `${prefix}-${el.id}`;
  }
  for (const name of ['role', 'aria-labelledby', 'data-date']) svg.removeAttribute(name);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'compare-map__svg');
  return svg;
}

/**
 * Draws each zone's own path again, outlined, in a copy of the page shell's picture (which draws
 * them merged by fill: see mergeByFill): a small map is coloured per zone, and its readers point
 * at the zones. A copy of the picture file already draws them so and is left alone.
 */
function drawZonesSeparately(svg: Element): void {
  const zones = svg.querySelector('[data-layer="zones"]');
  const outline = svg.querySelector('[data-layer="zone-outline"]');
  if (!zones || !outline) return;
  for (const name of ['stroke', 'stroke-width', 'vector-effect']) {
    const value = outline.getAttribute(name);
    if (value !== null) zones.setAttribute(name, value);
  }
  zones.removeAttribute('visibility');
  svg.querySelector('[data-layer="zone-fills"]')?.remove();
  outline.remove();
}

/** The fill of a zone for a donor status: a colour, or a renamed pattern for limited/disputed. */
export function compareFill(status: DonorStatusId, prefix: string): string {
  return (PATTERNED_STATUSES as readonly string[]).includes(status)
    ? `url(#${prefix}-${picturePatternId(status as (typeof PATTERNED_STATUSES)[number])})`
    : STATUS_COLORS[status];
}

/** Colours one small map for a donor's levels and the page's theme. */
export function paintComparePicture(
  svg: SVGSVGElement,
  levels: Readonly<Record<ZoneId, DonorStatusId>>,
  theme: 'light' | 'dark',
  prefix: string,
): void {
  for (const zone of ZONE_IDS) {
    const path = svg.querySelector(`[data-zone="${zone}"]`);
    path?.setAttribute('fill', compareFill(levels[zone], prefix));
    path?.setAttribute('data-status', levels[zone]);
  }
  const [sea, land, landOutline, zoneOutline] = pictureThemes()[theme] as [string, string, string, string];
  svg.querySelector('[data-layer="sea"]')?.setAttribute('fill', sea);
  for (const el of svg.querySelectorAll('[data-layer="land"]')) {
    el.setAttribute('fill', land);
    el.setAttribute('stroke', landOutline);
  }
  svg.querySelector('[data-layer="zones"]')?.setAttribute('stroke', zoneOutline);
}
