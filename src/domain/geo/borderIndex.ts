// The prepared Ukraine–Russia border for distance queries. `scripts/geo/build-reach.ts` writes it
// (public/geo/border-index.json) from the border line in context.geojson; the app only reads it.
// Segments are great-circle arcs between unit vectors; each carries a bounding circle (its
// midpoint and angular half-width), so a query skips every segment that cannot be nearer than
// the best found so far.

/** The shipped JSON: flat arrays, three numbers per vertex and four per segment circle. */
export interface BorderIndexJson {
  /** Mean Earth radius (km) the distances use; the same as turf's. */
  radiusKm: number;
  /** Unit vectors of the line's vertices, x, y, z per vertex. */
  vertices: number[];
  /** Per segment: the unit vector of its bounding circle's centre, then its radius in radians. */
  circles: number[];
}

export interface BorderIndex {
  readonly radiusKm: number;
  readonly segmentCount: number;
  /** x, y, z per vertex. */
  readonly vertices: Float64Array;
  /** Unit normal of each segment's great circle, x, y, z per segment. */
  readonly normals: Float64Array;
  /** cx, cy, cz, radius per segment. */
  readonly circles: Float64Array;
}

/** Mean Earth radius in km (IUGG), the value turf uses. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

export function toUnitVector(lng: number, lat: number): [number, number, number] {
  const phi = lat * RAD;
  const lambda = lng * RAD;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

/** The angle between two unit vectors, accurate at small and large angles alike. */
export function angleBetween(v: ArrayLike<number>, i: number, w: ArrayLike<number>, j: number): number {
  const cx = v[i + 1]! * w[j + 2]! - v[i + 2]! * w[j + 1]!;
  const cy = v[i + 2]! * w[j]! - v[i]! * w[j + 2]!;
  const cz = v[i]! * w[j + 1]! - v[i + 1]! * w[j]!;
  const dot = v[i]! * w[j]! + v[i + 1]! * w[j + 1]! + v[i + 2]! * w[j + 2]!;
  return Math.atan2(Math.hypot(cx, cy, cz), dot);
}

/** Builds the JSON from the line's [lng, lat] vertices (used by the build and by tests). */
export function buildBorderIndexJson(line: readonly (readonly [number, number])[]): BorderIndexJson {
  if (line.length < 2) throw new Error('the border line needs at least two vertices');
  const round = (x: number) => Math.round(x * 1e9) / 1e9;
  const vectors = line.map(([lng, lat]) => toUnitVector(lng, lat));
  const circles: number[] = [];
  for (let s = 0; s + 1 < vectors.length; s++) {
    const a = vectors[s]!;
    const b = vectors[s + 1]!;
    const mid = [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
    const len = Math.hypot(mid[0]!, mid[1]!, mid[2]!);
    const centre = mid.map((x) => x / len);
    // Half the arc, plus a hair so rounding never makes the circle too small.
    const radius = angleBetween(a, 0, b, 0) / 2 + 1e-9;
    circles.push(...centre.map(round), Math.round(radius * 1e10) / 1e10 + 1e-10);
  }
  return { radiusKm: EARTH_RADIUS_KM, vertices: vectors.flat().map(round), circles };
}

/** Checks the shape of the shipped JSON and computes the segment normals. */
export function prepareBorderIndex(json: BorderIndexJson): BorderIndex {
  const { vertices, circles, radiusKm } = json;
  const vertexCount = vertices.length / 3;
  const segmentCount = vertexCount - 1;
  if (!Number.isInteger(vertexCount) || segmentCount < 1 || circles.length !== segmentCount * 4)
    throw new Error('border index: vertices and circles do not match');
  if (!(radiusKm > 6000 && radiusKm < 6500)) throw new Error('border index: implausible Earth radius');
  const v = Float64Array.from(vertices);
  const normals = new Float64Array(segmentCount * 3);
  for (let s = 0; s < segmentCount; s++) {
    const i = s * 3;
    const j = i + 3;
    const nx = v[i + 1]! * v[j + 2]! - v[i + 2]! * v[j + 1]!;
    const ny = v[i + 2]! * v[j]! - v[i]! * v[j + 2]!;
    const nz = v[i]! * v[j + 1]! - v[i + 1]! * v[j]!;
    const len = Math.hypot(nx, ny, nz) || 1;
    normals.set([nx / len, ny / len, nz / len], i);
  }
  return { radiusKm, segmentCount, vertices: v, normals, circles: Float64Array.from(circles) };
}
