// Blends the over-land and straight distances so that outside the bay's "shadow" the field *is*
// the straight distance: h = straight + wgt(excess) * excess, excess = overland - straight, with
// wgt rising smoothly from 0 (excess <= 1 km: grid noise) to 1 (excess >= 2.5 km).
import type { Grid } from './grid.ts';
import type { DistanceFields } from './distanceField.ts';

export interface CellBox {
  i0: number;
  j0: number;
  i1: number;
  j1: number;
}

export interface BlendResult {
  /** The blended field per cell (NaN on water). */
  h: Float64Array;
  shadowCells: number;
  blendCells: number;
  /** Cells of the target farther than radius + tol over land but within the straight buffer. */
  shadow: CellBox;
}

const LO = 1.0;
const HI = 2.5;

function weight(excess: number): number {
  const t = Math.min(1, Math.max(0, (excess - LO) / (HI - LO)));
  return t * t * (3 - 2 * t);
}

export function blendFields(
  grid: Grid,
  land: Uint8Array,
  target: Uint8Array,
  fields: DistanceFields,
  radiusKm: number,
  tol: number,
): BlendResult {
  const { nx, ny } = grid;
  const h = new Float64Array(grid.n).fill(NaN);
  let shadowCells = 0;
  let blendCells = 0;
  const shadow: CellBox = { i0: nx, j0: ny, i1: -1, j1: -1 };
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      if (!land[k]) continue;
      const st = fields.straight[k]!;
      if (st > radiusKm + 20) {
        h[k] = st;
        continue;
      }
      const excess = Math.max(0, fields.overland[k]! - st);
      h[k] = st + weight(excess) * Math.min(excess, 1000);
      if (!target[k]) continue;
      if (excess >= LO && excess < HI && st < radiusKm) blendCells++;
      if (excess >= LO && st < radiusKm + tol && h[k]! >= radiusKm + tol) {
        shadowCells++;
        shadow.i0 = Math.min(shadow.i0, i);
        shadow.j0 = Math.min(shadow.j0, j);
        shadow.i1 = Math.max(shadow.i1, i);
        shadow.j1 = Math.max(shadow.j1, j);
      }
    }
  return { h, shadowCells, blendCells, shadow };
}
