// The Taganrog Bay rule: the 100 km zone is measured over land.
//
// The straight 100 km buffer of the border line reaches across Taganrog Bay (Sea of Azov)
// into Krasnodar Krai and the south shore of the bay. We keep a point only if it is within
// 100 km of the border along a path over land (Russia or Ukraine; paths go round the head of
// the bay at the Don delta). Everywhere else the over-land and straight distances agree, so
// this only changes the zone around the bay.
//
// How (one step per file in overland/): in a window around the bay, rasterise land on a 0.5 km grid (azimuthal equidistant
// plane), run a multi-source Dijkstra from the border line over land cells (48-direction
// stencil, every step checked to stay on land; error < 0.8 %), and blend it with the exact
// straight-line distance so that outside the bay's "shadow" the field *is* the straight
// distance. The part of the field >= 100 km + TOL is contoured (marching squares) and
// returned as the exclusion polygon, to be subtracted from the straight buffer.
import { aeqd, type LngLat } from './plane.ts';
import type { Poly, PolyFeature } from './geom.ts';
import { gridForWindow, rasterise } from './overland/grid.ts';
import { distanceFields } from './overland/distanceField.ts';
import { blendFields } from './overland/blend.ts';
import { contourAbove, paddedBox } from './overland/contour.ts';

export interface OverLandOptions {
  border: LngLat[];
  /** Land polygons (lon/lat): paths may cross these. */
  land: Poly[];
  /** The polygon the exclusion will be subtracted from (Russia): only its cells count as shadow. */
  target: Poly;
  /** Window [west, south, east, north] in degrees that must contain the whole shadow. */
  window: [number, number, number, number];
  radiusKm: number;
  cellKm?: number;
  /** Field threshold = radius + tolKm (keeps the cut clear of the exact buffer's edge). */
  tolKm?: number;
}

export interface OverLandResult {
  /** Points of the window farther than radius (over land) from the border; null if none. */
  exclusion: PolyFeature | null;
  /** Grid size, land cells, cells excluded (in the shadow, within the straight buffer), cells in the blend band, run time. */
  stats: { cells: number; landCells: number; shadowCells: number; blendCells: number; ms: number };
}

export function overLandExclusion(o: OverLandOptions): OverLandResult {
  const t0 = Date.now();
  const tol = o.tolKm ?? 0.3;
  const [w, s, e, n] = o.window;
  const proj = aeqd((w + e) / 2, (s + n) / 2);
  const grid = gridForWindow(proj, o.window, o.cellKm ?? 0.5);

  const land = new Uint8Array(grid.n);
  for (const g of o.land) rasterise(grid, g, proj, land);
  const target = new Uint8Array(grid.n);
  rasterise(grid, o.target, proj, target);
  let landCells = 0;
  for (let k = 0; k < grid.n; k++) landCells += land[k]!;

  const line = o.border.map((c) => proj.fwd(c));
  const fields = distanceFields(grid, land, line, o.radiusKm);
  const { h, shadowCells, blendCells, shadow } = blendFields(grid, land, target, fields, o.radiusKm, tol);
  const stats = { cells: grid.n, landCells, shadowCells, blendCells, ms: 0 };
  if (shadowCells === 0) return { exclusion: null, stats: { ...stats, ms: Date.now() - t0 } };

  const box = paddedBox(grid, shadow, proj);
  const exclusion = contourAbove(grid, h, box, o.radiusKm + tol, proj);
  return { exclusion, stats: { ...stats, ms: Date.now() - t0 } };
}
