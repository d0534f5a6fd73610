// Turns the blended field into the exclusion polygon: fill water cells from the nearest land
// cell (so the contour runs smoothly past the coastline and covers the coastal strip), then
// contour h >= threshold with marching squares.
import * as turf from '@turf/turf';
import type { Feature, Point, Position } from 'geojson';
import type { Projection } from '../plane.ts';
import { toPoly, type PolyFeature } from '../geom.ts';
import type { Grid } from './grid.ts';
import type { CellBox } from './blend.ts';
import { INF } from './distanceField.ts';

const PAD = 8;

/** The shadow's box grown by a margin; throws if the shadow reaches the window's edge. */
export function paddedBox(grid: Grid, shadow: CellBox, proj: Projection): CellBox {
  const { i0, j0, i1, j1 } = shadow;
  if (i0 < PAD || j0 < PAD || i1 >= grid.nx - PAD || j1 >= grid.ny - PAD) {
    const [sw, ss] = proj.inv([grid.cx(i0), grid.cy(j0)]);
    const [se, sn] = proj.inv([grid.cx(i1), grid.cy(j1)]);
    throw new Error(
      `over-land rule: the shadow (${sw.toFixed(2)}, ${ss.toFixed(2)}, ${se.toFixed(2)}, ${sn.toFixed(2)}) reaches the window edge; enlarge the window`,
    );
  }
  return { i0: i0 - PAD, j0: j0 - PAD, i1: i1 + PAD, j1: j1 + PAD };
}

/** The field inside the box, with water cells given the value of the nearest land cell (BFS). */
function filledSubgrid(grid: Grid, h: Float64Array, box: CellBox): Float64Array {
  const W = box.i1 - box.i0 + 1;
  const H = box.j1 - box.j0 + 1;
  const hv = new Float64Array(W * H).fill(NaN);
  let queue: number[] = [];
  for (let j = box.j0; j <= box.j1; j++)
    for (let i = box.i0; i <= box.i1; i++) {
      const v = h[j * grid.nx + i]!;
      const q = (j - box.j0) * W + (i - box.i0);
      if (!Number.isNaN(v)) {
        hv[q] = v;
        queue.push(q);
      }
    }
  const steps = [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ] as const;
  while (queue.length > 0) {
    const next: number[] = [];
    for (const q of queue) {
      const i = q % W,
        j = (q - i) / W;
      for (const [dx, dy] of steps) {
        const ii = i + dx,
          jj = j + dy;
        if (ii < 0 || jj < 0 || ii >= W || jj >= H) continue;
        const qq = jj * W + ii;
        if (Number.isNaN(hv[qq]!)) {
          hv[qq] = hv[q]!;
          next.push(qq);
        }
      }
    }
    queue = next;
  }
  return hv;
}

/** Polygon of the cells with h >= threshold (marching squares on a grid scaled to ~degrees for turf). */
export function contourAbove(
  grid: Grid,
  h: Float64Array,
  box: CellBox,
  threshold: number,
  proj: Projection,
): PolyFeature | null {
  const hv = filledSubgrid(grid, h, box);
  const W = box.i1 - box.i0 + 1;
  const H = box.j1 - box.j0 + 1;
  const SCALE = 100;
  const pts: Feature<Point>[] = [];
  for (let j = 0; j < H; j++)
    for (let i = 0; i < W; i++)
      pts.push(turf.point([grid.cx(box.i0 + i) / SCALE, grid.cy(box.j0 + j) / SCALE], { h: hv[j * W + i]! }));
  const bands = turf.isobands(turf.featureCollection(pts), [threshold, INF], { zProperty: 'h' });
  const polys: Position[][][] = [];
  for (const f of bands.features) {
    for (const p of f.geometry.coordinates) {
      polys.push(p.map((r) => r.map((c) => proj.inv([c[0]! * SCALE, c[1]! * SCALE]))));
    }
  }
  const g = toPoly(polys);
  return g ? (turf.feature(g) as PolyFeature) : null;
}
