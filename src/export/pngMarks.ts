// The marks the PNG draws besides the map: legend swatches (status fills with the map's patterns,
// site markers, the band's dashed line) and the site markers on the picture.

import type { PermissionMap } from '../map/mapAdapter';
import { DONOR_STATUS_COLORS, STATUS_COLORS, type PatternedStatus } from '../map/palette';
import { isPatterned, patternCanvas } from '../map/patterns';
import type { StatusId } from '../domain/ids';
import type { Site } from '../domain/sites';
import { drawSiteIcon, SITE_ICON_AIR, SITE_ICON_OTHER, siteIconFor } from '../map/siteIcons';

function patternFill(ctx: CanvasRenderingContext2D, status: PatternedStatus): CanvasPattern | string {
  return ctx.createPattern(patternCanvas(status), 'repeat') ?? STATUS_COLORS[status];
}

export type LegendKind =
  StatusId | 'no-statement' | 'title' | typeof SITE_ICON_AIR | typeof SITE_ICON_OTHER | 'reach';

/** The legend's swatch for one item: a status fill, a site marker or the band's dashed line. */
export function drawLegendMark(
  ctx: CanvasRenderingContext2D,
  kind: LegendKind,
  x: number,
  y: number,
  sw: number,
  text: string,
) {
  if (kind === 'title') return;
  if (kind === SITE_ICON_AIR || kind === SITE_ICON_OTHER) return drawSiteIcon(ctx, kind, x + sw * 0.2, y, sw);
  if (kind === 'reach') {
    ctx.save();
    ctx.strokeStyle = text;
    ctx.lineWidth = 2;
    ctx.setLineDash([5, 3]);
    ctx.beginPath();
    ctx.moveTo(x, y + sw / 2);
    ctx.lineTo(x + sw * 1.4, y + sw / 2);
    ctx.stroke();
    ctx.restore();
    return;
  }
  ctx.fillStyle =
    kind !== 'no-statement' && isPatterned(kind) ? patternFill(ctx, kind) : DONOR_STATUS_COLORS[kind];
  ctx.fillRect(x, y, sw * 1.4, sw);
  ctx.strokeStyle = 'rgba(0,0,0,0.35)';
  ctx.lineWidth = 1;
  ctx.strokeRect(x + 0.5, y + 0.5, sw * 1.4 - 1, sw - 1);
}

export function drawSites(ctx: CanvasRenderingContext2D, map: PermissionMap, sites: readonly Site[]): void {
  for (const site of sites) {
    const [x, y] = map.project([site.coordinates[0], site.coordinates[1]]);
    if (x < 0 || y < 0 || x > ctx.canvas.width || y > ctx.canvas.height) continue;
    drawSiteIcon(ctx, siteIconFor(site.kind), x - 8, y - 8, 16);
  }
}
