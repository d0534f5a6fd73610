// Local planar geometry: an azimuthal equidistant projection on the sphere used by turf
// (R = 6371.0088 km), plus small planar helpers in kilometres. Within ~500 km of the
// projection centre, planar distances differ from great-circle distances by < 0.2 %.

export type XY = [number, number];
export type LngLat = [number, number];

/** Earth radius in km, as in @turf/helpers (so our distances agree with turf's). */
export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export interface Projection {
  fwd(p: LngLat): XY;
  inv(p: XY): LngLat;
}

/** Azimuthal equidistant projection centred on (lng0, lat0); output in km. */
export function aeqd(lng0: number, lat0: number): Projection {
  const phi0 = lat0 * RAD;
  const sin0 = Math.sin(phi0);
  const cos0 = Math.cos(phi0);
  const R = EARTH_RADIUS_KM;
  return {
    fwd([lng, lat]) {
      const phi = lat * RAD;
      const dl = (lng - lng0) * RAD;
      const sinPhi = Math.sin(phi);
      const cosPhi = Math.cos(phi);
      const cosDl = Math.cos(dl);
      const cosC = Math.min(1, Math.max(-1, sin0 * sinPhi + cos0 * cosPhi * cosDl));
      const c = Math.acos(cosC);
      const k = c === 0 ? 1 : c / Math.sin(c);
      return [R * k * cosPhi * Math.sin(dl), R * k * (cos0 * sinPhi - sin0 * cosPhi * cosDl)];
    },
    inv([x, y]) {
      const rho = Math.hypot(x, y);
      if (rho === 0) return [lng0, lat0];
      const c = rho / R;
      const sinC = Math.sin(c);
      const cosC = Math.cos(c);
      const lat = Math.asin(cosC * sin0 + (y * sinC * cos0) / rho) / RAD;
      const lng = lng0 + Math.atan2(x * sinC, rho * cos0 * cosC - y * sin0 * sinC) / RAD;
      return [lng, lat];
    },
  };
}

/** Squared distance from p to segment ab. */
export function segDist2(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = a[0] + t * dx - p[0];
  const ey = a[1] + t * dy - p[1];
  return ex * ex + ey * ey;
}

/** Distance from p to a polyline. */
export function polylineDist(p: XY, line: readonly XY[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const d = segDist2(p, line[i - 1]!, line[i]!);
    if (d < best) best = d;
  }
  return Math.sqrt(best);
}

/** Points along a polyline, no two consecutive more than `step` apart, all vertices kept.
 *  Returns the points and their distance along the line. */
export function densify(line: readonly XY[], step: number): { pts: XY[]; along: number[] } {
  const pts: XY[] = [line[0]!];
  const along: number[] = [0];
  let s = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const n = Math.max(1, Math.ceil(len / step));
    for (let j = 1; j <= n; j++) {
      const t = j / n;
      pts.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
      along.push(s + t * len);
    }
    s += len;
  }
  return { pts, along };
}

/** Cut a polyline at distances s0 < s1 along it (inclusive ends interpolated). */
export function slice(line: readonly XY[], s0: number, s1: number): XY[] {
  const out: XY[] = [];
  let s = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const at = (d: number): XY => {
      const t = len === 0 ? 0 : (d - s) / len;
      return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
    };
    if (out.length === 0 && s + len >= s0) out.push(at(s0));
    if (out.length > 0) {
      if (s + len >= s1) {
        out.push(at(s1));
        return out;
      }
      out.push(b);
    }
    s += len;
  }
  return out;
}

export function lineLength(line: readonly XY[]): number {
  let s = 0;
  for (let i = 1; i < line.length; i++)
    s += Math.hypot(line[i]![0] - line[i - 1]![0], line[i]![1] - line[i - 1]![1]);
  return s;
}
