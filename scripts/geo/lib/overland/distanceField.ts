// Over-land distance from the border line on the grid: exact straight distances where the
// straight path stays on land, then a multi-source Dijkstra that only has to go round water.
import type { XY } from '../plane.ts';
import type { Grid } from './grid.ts';
import { LineIndex } from './lineIndex.ts';
import { MinHeap } from './minHeap.ts';

export const INF = 1e9;

export interface DistanceFields {
  /** Exact straight (planar) distance to the border line, per land cell (INF elsewhere). */
  straight: Float64Array;
  /** Shortest over-land distance, per land cell (INF where not reached within the horizon). */
  overland: Float64Array;
}

/** True when the straight path p → q stays on land (it stops counting where it leaves the grid). */
function straightPathOnLand(grid: Grid, land: Uint8Array, p: XY, q: XY, d: number): boolean {
  const { x0, y0, nx, ny, cell } = grid;
  const m = Math.ceil((2 * d) / cell);
  for (let t = 1; t < m; t++) {
    const x = p[0] + ((q[0] - p[0]) * t) / m;
    const y = p[1] + ((q[1] - p[1]) * t) / m;
    const si = Math.round((x - x0) / cell);
    const sj = Math.round((y - y0) / cell);
    if (si < 0 || sj < 0 || si >= nx || sj >= ny) break;
    if (!land[sj * nx + si]) return false;
  }
  return true;
}

/** Seeds: every land cell whose straight path to its nearest border point stays on land. */
function seed(grid: Grid, land: Uint8Array, line: readonly XY[], radiusKm: number) {
  const straight = new Float64Array(grid.n).fill(INF);
  const overland = new Float64Array(grid.n).fill(INF);
  const heap = new MinHeap(grid.n);
  const index = new LineIndex(line);
  for (let j = 0; j < grid.ny; j++)
    for (let i = 0; i < grid.nx; i++) {
      const k = j * grid.nx + i;
      if (!land[k]) continue;
      const p: XY = [grid.cx(i), grid.cy(j)];
      const { d, q } = index.nearest(p);
      straight[k] = d;
      if (d > radiusKm * 1.5) continue;
      if (straightPathOnLand(grid, land, p, q, d)) {
        overland[k] = d;
        heap.push(k, d);
      }
    }
  return { straight, overland, heap };
}

/** The 48-direction stencil: every step (dx, dy) within ±4 cells whose components are coprime. */
function stencilFor(cell: number): { dx: number; dy: number; len: number }[] {
  const stencil: { dx: number; dy: number; len: number }[] = [];
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  for (let dy = -4; dy <= 4; dy++)
    for (let dx = -4; dx <= 4; dx++)
      if ((dx || dy) && gcd(Math.abs(dx), Math.abs(dy)) === 1)
        stencil.push({ dx, dy, len: Math.hypot(dx, dy) * cell });
  return stencil;
}

/** A step from cell (i, j) by (dx, dy) stays on land: check the cells along it. */
function stepOnLand(land: Uint8Array, nx: number, i: number, j: number, dx: number, dy: number): boolean {
  const m = 2 * Math.max(Math.abs(dx), Math.abs(dy));
  for (let q = 1; q < m; q++) {
    const si = i + Math.round((dx * q) / m);
    const sj = j + Math.round((dy * q) / m);
    if (!land[sj * nx + si]) return false;
  }
  return true;
}

export function distanceFields(
  grid: Grid,
  land: Uint8Array,
  line: readonly XY[],
  radiusKm: number,
): DistanceFields {
  const { nx, ny } = grid;
  const { straight, overland: dist, heap } = seed(grid, land, line, radiusKm);
  const stencil = stencilFor(grid.cell);
  while (heap.size > 0) {
    const k = heap.pop();
    const d = dist[k]!;
    if (d > radiusKm * 1.6) break;
    const i = k % nx;
    const j = (k - i) / nx;
    for (const st of stencil) {
      const ii = i + st.dx;
      const jj = j + st.dy;
      if (ii < 0 || jj < 0 || ii >= nx || jj >= ny) continue;
      const kk = jj * nx + ii;
      if (!land[kk]) continue;
      const nd = d + st.len;
      if (nd >= dist[kk]!) continue;
      if (!stepOnLand(land, nx, i, j, st.dx, st.dy)) continue;
      dist[kk] = nd;
      heap.push(kk, nd);
    }
  }
  return { straight, overland: dist };
}
