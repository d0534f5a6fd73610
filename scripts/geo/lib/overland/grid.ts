// The raster the over-land rule works on: cell centres on a square grid in an azimuthal
// equidistant plane around the window.
import type { LngLat, Projection, XY } from '../plane.ts';
import { polygonsOf, projectRings, type Poly } from '../geom.ts';

export interface Grid {
  x0: number;
  y0: number;
  nx: number;
  ny: number;
  /** Number of cells. */
  n: number;
  cell: number;
  cx(i: number): number;
  cy(j: number): number;
}

/** A grid covering the plane bounding box of the window (sampled along its edges). */
export function gridForWindow(
  proj: Projection,
  [w, s, e, n]: [number, number, number, number],
  cell: number,
): Grid {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (let i = 0; i <= 20; i++) {
    for (const p of [
      [w + ((e - w) * i) / 20, s],
      [w + ((e - w) * i) / 20, n],
      [w, s + ((n - s) * i) / 20],
      [e, s + ((n - s) * i) / 20],
    ] as LngLat[]) {
      const [x, y] = proj.fwd(p);
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  x0 = Math.floor(x0);
  y0 = Math.floor(y0);
  const nx = Math.ceil((x1 - x0) / cell) + 1;
  const ny = Math.ceil((y1 - y0) / cell) + 1;
  return { x0, y0, nx, ny, n: nx * ny, cell, cx: (i) => x0 + i * cell, cy: (j) => y0 + j * cell };
}

/** Marks the cells whose centres lie inside the polygon (even-odd scanline per polygon). */
export function rasterise(grid: Grid, g: Poly, proj: Projection, mask: Uint8Array): void {
  const { x0, nx, ny, cell } = grid;
  for (const poly of projectRings(polygonsOf(g), proj)) {
    const edges: [XY, XY][] = [];
    for (const r of poly) for (let i = 1; i < r.length; i++) edges.push([r[i - 1]!, r[i]!]);
    for (let j = 0; j < ny; j++) {
      const y = grid.cy(j);
      const xs: number[] = [];
      for (const [a, b] of edges) {
        if (a[1] > y !== b[1] > y) xs.push(a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1]));
      }
      xs.sort((p, q) => p - q);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const ia = Math.max(0, Math.ceil((xs[k]! - x0) / cell));
        const ib = Math.min(nx - 1, Math.floor((xs[k + 1]! - x0) / cell));
        for (let i = ia; i <= ib; i++) mask[j * nx + i] = 1;
      }
    }
  }
}
