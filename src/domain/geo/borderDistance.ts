// Great-circle distance from a point to the prepared border line (borderIndex.ts). Pure and
// allocation-light: one query visits each segment's bounding circle and measures exactly only
// the segments that could be nearer than the best so far.

import { angleBetween, toUnitVector, type BorderIndex } from './borderIndex';

/** Angular distance (radians) from unit vector p to segment s. */
function segmentAngle(index: BorderIndex, p: readonly number[], s: number): number {
  const { vertices: v, normals: n } = index;
  const a = s * 3;
  const b = a + 3;
  const dot = p[0]! * n[a]! + p[1]! * n[a + 1]! + p[2]! * n[a + 2]!;
  // The foot of the perpendicular on the great circle lies between A and B when it is on the
  // inner side of both ends: (A × C) · n ≥ 0 and (C × B) · n ≥ 0, with C = p − (p·n) n.
  const cx = p[0]! - dot * n[a]!;
  const cy = p[1]! - dot * n[a + 1]!;
  const cz = p[2]! - dot * n[a + 2]!;
  const sideA =
    (v[a + 1]! * cz - v[a + 2]! * cy) * n[a]! +
    (v[a + 2]! * cx - v[a]! * cz) * n[a + 1]! +
    (v[a]! * cy - v[a + 1]! * cx) * n[a + 2]!;
  const sideB =
    (cy * v[b + 2]! - cz * v[b + 1]!) * n[a]! +
    (cz * v[b]! - cx * v[b + 2]!) * n[a + 1]! +
    (cx * v[b + 1]! - cy * v[b]!) * n[a + 2]!;
  if (sideA >= 0 && sideB >= 0) return Math.asin(Math.min(1, Math.abs(dot)));
  return Math.min(angleBetween(p, 0, v, a), angleBetween(p, 0, v, b));
}

/** Distance in km from [lng, lat] to the nearest point of the border line. */
export function distanceToBorderKm(index: BorderIndex, lng: number, lat: number): number {
  const p = toUnitVector(lng, lat);
  const c = index.circles;
  let best = Infinity;
  for (let s = 0; s < index.segmentCount; s++) {
    const k = s * 4;
    const dot = p[0] * c[k]! + p[1] * c[k + 1]! + p[2] * c[k + 2]!;
    // Lower bound: the distance to the circle's centre minus its radius (triangle inequality).
    if (best !== Infinity && Math.acos(Math.max(-1, Math.min(1, dot))) - c[k + 3]! >= best) continue;
    const angle = segmentAngle(index, p, s);
    if (angle < best) best = angle;
  }
  return best * index.radiusKm;
}
