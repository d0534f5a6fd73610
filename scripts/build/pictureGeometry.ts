// Geometry for the prerendered zone picture: GeoJSON rings projected to Web Mercator (MapLibre's
// projection), in SVG units where the initial view's bounds are PICTURE_WIDTH wide, clamped to a
// margin around the view and simplified to about half an SVG unit.

type Position = readonly number[];
type Ring = readonly Position[];
interface Geometry {
  type: string;
  coordinates: unknown;
}

export type Bounds = [[number, number], [number, number]];
export const PICTURE_WIDTH = 1000;
/** Simplification tolerance, in SVG units (the picture is drawn at roughly 1 unit per CSS pixel). */
export const ZONE_TOLERANCE = 0.5;
/** The land around is context: coarser, in whole units. */
export const LAND_TOLERANCE = 1.2;

/** Projects lon/lat to picture units, with the bounds' north-west corner at the origin. */
export function projector(bounds: Bounds): (lon: number, lat: number) => [number, number] {
  const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const scale = PICTURE_WIDTH / (((bounds[1][0] - bounds[0][0]) * Math.PI) / 180);
  const top = mercY(bounds[1][1]);
  return (lon, lat) => [
    (((lon - bounds[0][0]) * Math.PI) / 180) * scale,
    (top - mercY(Math.max(-85, Math.min(85, lat)))) * scale,
  ];
}

/** The picture's viewBox: the projected bounds. */
export function viewBoxOf(bounds: Bounds): { width: number; height: number } {
  const [, height] = projector(bounds)(bounds[1][0], bounds[0][1]);
  return { width: PICTURE_WIDTH, height };
}

function distanceToSegment(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Douglas–Peucker, iterative. */
function simplify(points: [number, number][], tolerance: number): [number, number][] {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (d > worst) [worst, index] = [d, i];
    }
    if (worst > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function ringsOf(geometry: Geometry): Ring[] {
  if (geometry.type === 'Polygon') return geometry.coordinates as Ring[];
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Ring[][]).flat();
  return [];
}

/**
 * An SVG path for a polygon geometry. Points far outside the view are clamped to a margin box:
 * that keeps every fill that reaches into the view exact, and drops the rest of Russia's outline.
 */
export function svgPath(geometry: Geometry, bounds: Bounds, tolerance = ZONE_TOLERANCE): string {
  const project = projector(bounds);
  const { width, height } = viewBoxOf(bounds);
  // Wide enough for a 4:1 map panel; beyond it MapLibre has taken over long before anyone pans.
  const [minX, maxX, minY, maxY] = [-1.5 * width, 2.5 * width, -0.6 * height, 1.6 * height];
  const digits = tolerance >= 1 ? 0 : 1;
  const parts: string[] = [];
  for (const ring of ringsOf(geometry)) {
    const projected = ring.map(([lon, lat]) => {
      const [x, y] = project(lon!, lat!);
      return [Math.max(minX, Math.min(maxX, x)), Math.max(minY, Math.min(maxY, y))] as [number, number];
    });
    const deduped = projected.filter(
      (p, i) => i === 0 || p[0] !== projected[i - 1]![0] || p[1] !== projected[i - 1]![1],
    );
    const points = simplify(deduped, tolerance);
    if (points.length < 3) continue;
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    // Rings wholly outside the margin box collapse onto its edge: nothing to draw.
    if (Math.max(...xs) - Math.min(...xs) < tolerance || Math.max(...ys) - Math.min(...ys) < tolerance)
      continue;
    parts.push(relativePath(points, digits));
  }
  return parts.join('');
}

/** "M x y l dx dy …": rounded absolute points first, then differences, so no error accumulates. */
function relativePath(points: [number, number][], digits: number): string {
  const f = 10 ** digits;
  const rounded = points.map(([x, y]) => [Math.round(x * f), Math.round(y * f)] as const);
  const num = (n: number) => String(n / f);
  const pair = (dx: number, dy: number) => `${num(dx)}${dy < 0 ? '' : ' '}${num(dy)}`;
  const [x0, y0] = rounded[0]!;
  let out = `M${num(x0)} ${num(y0)}l`;
  for (let i = 1; i < rounded.length; i++) {
    const [dx, dy] = [rounded[i]![0] - rounded[i - 1]![0], rounded[i]![1] - rounded[i - 1]![1]];
    if (dx === 0 && dy === 0) continue;
    out += `${i > 1 && dx >= 0 ? ' ' : ''}${pair(dx, dy)}`;
  }
  return `${out}z`;
}
