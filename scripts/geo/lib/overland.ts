// The Taganrog Bay rule: the 100 km zone is measured over land.
//
// The straight 100 km buffer of the border line reaches across Taganrog Bay (Sea of Azov)
// into Krasnodar Krai and the south shore of the bay. We keep a point only if it is within
// 100 km of the border along a path over land (Russia or Ukraine; paths go round the head of
// the bay at the Don delta). Everywhere else the over-land and straight distances agree, so
// this only changes the zone around the bay.
//
// How: in a window around the bay, rasterise land on a 0.5 km grid (azimuthal equidistant
// plane), run a multi-source Dijkstra from the border line over land cells (48-direction
// stencil, every step checked to stay on land; error < 0.8 %), and blend it with the exact
// straight-line distance so that outside the bay's "shadow" the field *is* the straight
// distance. The part of the field >= 100 km + TOL is contoured (marching squares) and
// returned as the exclusion polygon, to be subtracted from the straight buffer.
import * as turf from '@turf/turf';
import type { Feature, Point, Position } from 'geojson';
import { aeqd, type LngLat, type XY } from './plane.ts';
import { polygonsOf, projectRings, toPoly, type Poly, type PolyFeature } from './geom.ts';

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

const INF = 1e9;

export function overLandExclusion(o: OverLandOptions): OverLandResult {
  const t0 = Date.now();
  const cell = o.cellKm ?? 0.5;
  const tol = o.tolKm ?? 0.3;
  const [w, s, e, n] = o.window;
  const proj = aeqd((w + e) / 2, (s + n) / 2);
  // Plane bbox of the window (sample its edges).
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
  const N = nx * ny;
  const cx = (i: number) => x0 + i * cell;
  const cy = (j: number) => y0 + j * cell;

  // 1. Land raster (cell centres), even-odd scanline per polygon.
  const rasterise = (g: Poly, mask: Uint8Array) => {
    for (const poly of projectRings(polygonsOf(g), proj)) {
      const edges: [XY, XY][] = [];
      for (const r of poly) for (let i = 1; i < r.length; i++) edges.push([r[i - 1]!, r[i]!]);
      for (let j = 0; j < ny; j++) {
        const y = cy(j);
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
  };
  const land = new Uint8Array(N);
  for (const g of o.land) rasterise(g, land);
  const target = new Uint8Array(N);
  rasterise(o.target, target);
  let landCells = 0;
  for (let k = 0; k < N; k++) landCells += land[k]!;

  // 2. Exact straight (planar) distance to the border line, per land cell.
  const line = o.border.map((c) => proj.fwd(c));
  const straightCache = new Float64Array(N).fill(INF);
  const index = new LineIndex(line);

  // 3. Dijkstra over land from the border line. Seeds: every land cell whose straight path to
  //    its nearest border point stays on land gets that exact straight distance (this also
  //    covers border stretches outside the window); Dijkstra then only has to go round water.
  const dist = new Float64Array(N).fill(INF);
  const heap = new MinHeap(N);
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      if (!land[k]) continue;
      const p: XY = [cx(i), cy(j)];
      const { d, q } = index.nearest(p);
      straightCache[k] = d;
      if (d > o.radiusKm * 1.5) continue;
      // Walk the straight path p -> q on the raster (stop where it leaves the window).
      const m = Math.ceil((2 * d) / cell);
      let ok = true;
      for (let t = 1; t < m && ok; t++) {
        const x = p[0] + ((q[0] - p[0]) * t) / m;
        const y = p[1] + ((q[1] - p[1]) * t) / m;
        const si = Math.round((x - x0) / cell);
        const sj = Math.round((y - y0) / cell);
        if (si < 0 || sj < 0 || si >= nx || sj >= ny) break;
        if (!land[sj * nx + si]) ok = false;
      }
      if (ok) {
        dist[k] = d;
        heap.push(k, d);
      }
    }
  const stencil: { dx: number; dy: number; len: number }[] = [];
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  for (let dy = -4; dy <= 4; dy++)
    for (let dx = -4; dx <= 4; dx++)
      if ((dx || dy) && gcd(Math.abs(dx), Math.abs(dy)) === 1)
        stencil.push({ dx, dy, len: Math.hypot(dx, dy) * cell });
  while (heap.size > 0) {
    const k = heap.pop();
    const d = dist[k]!;
    if (d > o.radiusKm * 1.6) break;
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
      // The step must stay on land: check the cells along it.
      const m = 2 * Math.max(Math.abs(st.dx), Math.abs(st.dy));
      let ok = true;
      for (let q = 1; q < m && ok; q++) {
        const si = i + Math.round((st.dx * q) / m);
        const sj = j + Math.round((st.dy * q) / m);
        if (!land[sj * nx + si]) ok = false;
      }
      if (!ok) continue;
      dist[kk] = nd;
      heap.push(kk, nd);
    }
  }

  // 4. Blend: h = straight + wgt(excess) * excess, excess = overland - straight.
  //    wgt rises smoothly from 0 (excess <= 1 km: grid noise) to 1 (excess >= 2.5 km).
  const lo = 1.0,
    hi = 2.5;
  const h = new Float64Array(N).fill(NaN);
  let shadowCells = 0;
  let blendCells = 0;
  let si0 = nx,
    sj0 = ny,
    si1 = -1,
    sj1 = -1;
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      if (!land[k]) continue;
      const st = straightCache[k]!;
      if (st > o.radiusKm + 20) {
        h[k] = st;
        continue;
      }
      const ov = dist[k]!;
      const excess = Math.max(0, ov - st);
      const t = Math.min(1, Math.max(0, (excess - lo) / (hi - lo)));
      const wgt = t * t * (3 - 2 * t);
      h[k] = st + wgt * Math.min(excess, 1000);
      if (!target[k]) continue;
      if (excess >= lo && excess < hi && st < o.radiusKm) blendCells++;
      if (excess >= lo && st < o.radiusKm + tol) {
        if (h[k]! >= o.radiusKm + tol) {
          shadowCells++;
          si0 = Math.min(si0, i);
          sj0 = Math.min(sj0, j);
          si1 = Math.max(si1, i);
          sj1 = Math.max(sj1, j);
        }
      }
    }
  const stats = { cells: N, landCells, shadowCells, blendCells, ms: 0 };
  if (shadowCells === 0) return { exclusion: null, stats: { ...stats, ms: Date.now() - t0 } };
  const pad = 8;
  if (si0 < pad || sj0 < pad || si1 >= nx - pad || sj1 >= ny - pad) {
    const [sw, ss] = proj.inv([cx(si0), cy(sj0)]);
    const [se, sn] = proj.inv([cx(si1), cy(sj1)]);
    throw new Error(
      `over-land rule: the shadow (${sw.toFixed(2)}, ${ss.toFixed(2)}, ${se.toFixed(2)}, ${sn.toFixed(2)}) reaches the window edge; enlarge the window`,
    );
  }
  si0 -= pad;
  sj0 -= pad;
  si1 += pad;
  sj1 += pad;

  // 5. Fill water cells with the value of the nearest land cell (BFS), so the contour
  //    continues smoothly past the coastline and covers the coastal strip.
  const sub = (i: number, j: number) => (j - sj0) * (si1 - si0 + 1) + (i - si0);
  const W = si1 - si0 + 1,
    H = sj1 - sj0 + 1;
  const hv = new Float64Array(W * H).fill(NaN);
  let queue: number[] = [];
  for (let j = sj0; j <= sj1; j++)
    for (let i = si0; i <= si1; i++) {
      const v = h[j * nx + i]!;
      if (!Number.isNaN(v)) {
        hv[sub(i, j)] = v;
        queue.push(sub(i, j));
      }
    }
  while (queue.length > 0) {
    const next: number[] = [];
    for (const q of queue) {
      const i = q % W,
        j = (q - i) / W;
      for (const [dx, dy] of [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ] as const) {
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

  // 6. Contour h >= radius + tol (marching squares on a grid scaled to ~degrees for turf).
  const SCALE = 100;
  const pts: Feature<Point>[] = [];
  for (let j = 0; j < H; j++)
    for (let i = 0; i < W; i++)
      pts.push(turf.point([cx(si0 + i) / SCALE, cy(sj0 + j) / SCALE], { h: hv[j * W + i]! }));
  const bands = turf.isobands(turf.featureCollection(pts), [o.radiusKm + tol, INF], { zProperty: 'h' });
  const polys: Position[][][] = [];
  for (const f of bands.features) {
    for (const p of f.geometry.coordinates) {
      polys.push(p.map((r) => r.map((c) => proj.inv([c[0]! * SCALE, c[1]! * SCALE]))));
    }
  }
  const g = toPoly(polys);
  return {
    exclusion: g ? (turf.feature(g) as PolyFeature) : null,
    stats: { ...stats, ms: Date.now() - t0 },
  };
}

/** Nearest point on a polyline, with per-segment bounding boxes to skip far segments. */
class LineIndex {
  private boxes: Float64Array;
  private hint = 1;
  constructor(private line: readonly XY[]) {
    this.boxes = new Float64Array(line.length * 4);
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      this.boxes.set(
        [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])],
        i * 4,
      );
    }
  }
  nearest(p: XY): { d: number; q: XY } {
    const line = this.line;
    let best = Infinity;
    let q: XY = line[0]!;
    const test = (i: number) => {
      const a = line[i - 1]!;
      const b = line[i]!;
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const len2 = dx * dx + dy * dy;
      let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const x = a[0] + t * dx;
      const y = a[1] + t * dy;
      const d2 = (x - p[0]) ** 2 + (y - p[1]) ** 2;
      if (d2 < best) {
        best = d2;
        q = [x, y];
        this.hint = i;
      }
    };
    test(this.hint);
    const bx = this.boxes;
    for (let i = 1; i < line.length; i++) {
      const ex = Math.max(bx[i * 4]! - p[0], 0, p[0] - bx[i * 4 + 2]!);
      const ey = Math.max(bx[i * 4 + 1]! - p[1], 0, p[1] - bx[i * 4 + 3]!);
      if (ex * ex + ey * ey > best) continue;
      test(i);
    }
    return { d: Math.sqrt(best), q };
  }
}

/** Binary min-heap of (key, priority) with lazy deletion. */
class MinHeap {
  private keys: Int32Array;
  private pri: Float64Array;
  size = 0;
  constructor(cap: number) {
    this.keys = new Int32Array(cap * 4);
    this.pri = new Float64Array(cap * 4);
  }
  push(k: number, p: number) {
    if (this.size >= this.keys.length) {
      const nk = new Int32Array(this.keys.length * 2);
      nk.set(this.keys);
      this.keys = nk;
      const np = new Float64Array(this.pri.length * 2);
      np.set(this.pri);
      this.pri = np;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.pri[parent]! <= p) break;
      this.keys[i] = this.keys[parent]!;
      this.pri[i] = this.pri[parent]!;
      i = parent;
    }
    this.keys[i] = k;
    this.pri[i] = p;
  }
  pop(): number {
    const top = this.keys[0]!;
    const k = this.keys[--this.size]!;
    const p = this.pri[this.size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && this.pri[c + 1]! < this.pri[c]!) c++;
      if (this.pri[c]! >= p) break;
      this.keys[i] = this.keys[c]!;
      this.pri[i] = this.pri[c]!;
      i = c;
    }
    this.keys[i] = k;
    this.pri[i] = p;
    return top;
  }
}
