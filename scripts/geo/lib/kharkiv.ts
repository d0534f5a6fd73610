// The Kharkiv sector rule.
//
// 1. The Kharkiv segment of the UA–RU border line: sample the (Natural Earth) border line
//    every 100 m and give each sample to the nearest Ukrainian oblast (geoBoundaries/OSM,
//    distance to the oblast polygon, 0 if inside). The Kharkiv segment is the run of samples
//    whose nearest oblast is UA-63; its ends are the midpoints between the first/last UA-63
//    sample and its neighbours.
// 2. The sector: the points whose nearest point on the whole border line lies on that
//    segment (a Voronoi region of the segment). Built from the Voronoi diagram of the border
//    line sampled every 250 m, in an azimuthal equidistant plane centred on the segment, and
//    dissolved into one polygon. Ties (nearest point = the segment's end) go to the sector.
import * as turf from '@turf/turf';
import type { Feature, Point, Position } from 'geojson';
import {
  aeqd,
  densify,
  lineLength,
  segDist2,
  slice,
  type LngLat,
  type Projection,
  type XY,
} from './plane.ts';
import { fc, pointInRings, polygonsOf, projectRings, type Poly, type PolyFeature } from './geom.ts';
import { ms } from './ms.ts';

export interface Segment {
  /** Distance along the border line (km, in the line's own plane) where the segment starts/ends. */
  from: number;
  to: number;
  /** The segment as lon/lat. */
  coords: LngLat[];
  /** Oblast runs along the whole line, for the record. */
  runs: { iso: string; fromKm: number; toKm: number }[];
}

/** Which oblast each stretch of the border line belongs to, and the Kharkiv (UA-63) stretch. */
export function findSegment(
  border: LngLat[],
  oblasts: { iso: string; geometry: Poly }[],
  proj: Projection,
  iso = 'UA-63',
): Segment {
  const line = border.map((c) => proj.fwd(c));
  const { pts, along } = densify(line, 0.1);
  const bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of line) {
    bbox[0] = Math.min(bbox[0]!, p[0]);
    bbox[1] = Math.min(bbox[1]!, p[1]);
    bbox[2] = Math.max(bbox[2]!, p[0]);
    bbox[3] = Math.max(bbox[3]!, p[1]);
  }
  const margin = 30;
  const obl = oblasts.map((o) => {
    const polys = projectRings(polygonsOf(o.geometry), proj);
    const rings = polys.flat();
    const segs: [XY, XY][] = [];
    for (const r of rings)
      for (let i = 1; i < r.length; i++) {
        const a = r[i - 1]!;
        const b = r[i]!;
        if (Math.max(a[0], b[0]) < bbox[0]! - margin || Math.min(a[0], b[0]) > bbox[2]! + margin) continue;
        if (Math.max(a[1], b[1]) < bbox[1]! - margin || Math.min(a[1], b[1]) > bbox[3]! + margin) continue;
        segs.push([a, b]);
      }
    return { iso: o.iso, polys, segs };
  });
  const owner = pts.map((p) => {
    let best = '';
    let bestD = Infinity;
    for (const o of obl) {
      let d = Infinity;
      if (o.polys.some((poly) => pointInRings(p, poly))) d = 0;
      else for (const [a, b] of o.segs) d = Math.min(d, segDist2(p, a, b));
      if (d < bestD) {
        bestD = d;
        best = o.iso;
      }
    }
    return best;
  });
  const runs: Segment['runs'] = [];
  for (let i = 0; i < pts.length; i++) {
    const last = runs[runs.length - 1];
    const edge = i === 0 ? 0 : (along[i - 1]! + along[i]!) / 2;
    if (!last || last.iso !== owner[i]) {
      if (last) last.toKm = edge;
      runs.push({ iso: owner[i]!, fromKm: edge, toKm: along[pts.length - 1]! });
    }
  }
  const mine = runs.filter((r) => r.iso === iso);
  if (mine.length !== 1)
    throw new Error(
      `expected one ${iso} stretch of the border, found ${mine.length}: ${JSON.stringify(runs)}`,
    );
  const { fromKm, toKm } = mine[0]!;
  return { from: fromKm, to: toKm, coords: slice(line, fromKm, toKm).map((p) => proj.inv(p)), runs };
}

/** The Voronoi region (lon/lat polygon) of the stretch [from, to] of the border line. */
export async function voronoiRegion(
  border: LngLat[],
  seg: Segment,
  lineProj: Projection,
): Promise<{ region: PolyFeature; proj: Projection }> {
  // Work in a plane centred on the segment's middle (least distortion where it matters).
  const mid = seg.coords[Math.floor(seg.coords.length / 2)]!;
  const proj = aeqd(mid[0], mid[1]);
  const lineKm = border.map((c) => lineProj.fwd(c));
  const total = lineLength(lineKm);
  // Sample the line every 250 m, with exact samples at the two ends of the segment.
  const step = 0.25;
  const sites: Feature<Point>[] = [];
  const addPiece = (s0: number, s1: number, inK: boolean, includeEnd: boolean) => {
    const piece = slice(lineKm, s0, s1);
    const { pts } = densify(piece, step);
    const n = includeEnd ? pts.length : pts.length - 1;
    for (let i = 0; i < n; i++) sites.push(turf.point(proj.fwd(lineProj.inv(pts[i]!)), { k: inK ? 1 : 0 }));
  };
  addPiece(0, seg.from, false, false);
  addPiece(seg.from, seg.to, true, true);
  const after = slice(lineKm, seg.to, total);
  const { pts: afterPts } = densify(after, step);
  for (let i = 1; i < afterPts.length; i++)
    sites.push(turf.point(proj.fwd(lineProj.inv(afterPts[i]!)), { k: 0 }));

  const R = 400; // km: only the part within ~110 km of the segment matters
  const cells = turf.voronoi(turf.featureCollection(sites), { bbox: [-R, -R, R, R] });
  const kept = cells.features.filter((f) => f && f.properties && f.properties.k === 1);
  const out = await ms('-i cells.json -dissolve k -o out.json', { 'cells.json': fc(kept as PolyFeature[]) });
  const merged = out['out.json']!.features;
  if (merged.length !== 1) throw new Error(`Voronoi region: expected 1 feature, got ${merged.length}`);
  const geom = merged[0]!.geometry as Poly;
  const polys = polygonsOf(geom);
  if (polys.length !== 1 || polys[0]!.length !== 1) throw new Error('Voronoi region is not a simple polygon');
  // Densify to 1 km before unprojecting so long straight edges stay straight in the plane.
  const ring = polys[0]![0]!.map((c) => [c[0]!, c[1]!] as XY);
  const dense = densify(ring, 1).pts;
  const coords: Position[] = dense.map((p) => proj.inv(p));
  return { region: turf.polygon([coords]) as PolyFeature, proj };
}
