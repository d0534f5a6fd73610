// The zone rules, checked on the committed output against the source border line:
// the 100 km distance, the Kharkiv-sector rule and the Taganrog Bay (over-land) rule.
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, Position } from 'geojson';
import { aeqd, type LngLat } from '../../../scripts/geo/lib/plane.ts';
import { findSegment } from '../../../scripts/geo/lib/kharkiv.ts';
import { KHARKIV_OBLAST } from '../../../scripts/geo/lib/config.ts';
import {
  SphereLine,
  distToBorder,
  grid,
  inside,
  srcBorder,
  srcCountry,
  srcRuAdmin,
  srcUaAdmin,
  zone,
  zoneAt,
  type Poly,
} from './helpers.ts';

/** Tolerance (km) for the 100 km line: buffer polygonisation + simplification + 4-decimal rounding. */
const TOL_KM = 1;
const RADIUS = 100;
const polygonsOf = (g: Poly): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const vertices = (f: Feature<Poly>) => polygonsOf(f.geometry).flat(2);
const km2 = (f: Feature<Poly> | null) => (f ? turf.area(f) / 1e6 : 0);

// Land (source NE polygons) around Taganrog Bay, for "is this straight path over land?".
const WINDOW: [number, number, number, number] = [36.5, 45.5, 41.8, 48.9];
const landNearBay = ['RUS', 'UKR'].map((a3) => turf.bboxClip(srcCountry(a3), WINDOW) as Feature<Poly>);
const onLand = (p: [number, number]) => landNearBay.some((f) => inside(p, f));

/** Does the straight (great-circle) path from p to its nearest border point stay on land? */
function straightPathOnLand(p: [number, number]): boolean {
  const q = turf.nearestPointOnLine(srcBorder(), p).geometry.coordinates as [number, number];
  const seg = turf.lineString([p, q]);
  const len = turf.length(seg, { units: 'kilometers' });
  for (let s = 0; s < len; s += 0.5) {
    const c = turf.along(seg, s, { units: 'kilometers' }).geometry.coordinates as [number, number];
    if (!onLand(c)) return false;
  }
  return true;
}

describe('the 100 km rule', () => {
  it(`every vertex of kharkiv-sector and border-zone is within ${RADIUS} + ${TOL_KM} km of the border line`, () => {
    let max = 0;
    for (const id of ['kharkiv-sector', 'border-zone'] as const)
      for (const c of vertices(zone(id))) max = Math.max(max, distToBorder(c));
    expect(max).toBeLessThan(RADIUS + TOL_KM);
    expect(max).toBeGreaterThan(RADIUS - TOL_KM); // the zone does reach out to 100 km
  });

  it(`Russian points farther than ${RADIUS + TOL_KM} km are deep-russia; nearer than ${RADIUS - TOL_KM} km are in the zone (except across Taganrog Bay)`, () => {
    const rus = srcCountry('RUS');
    const pts = grid([28, 44, 47, 57], 6, rus);
    let far = 0,
      near = 0,
      none = 0,
      shadow = 0;
    for (const p of pts) {
      const d = distToBorder(p);
      const z = zoneAt(p);
      if (z === null) {
        none++;
        continue;
      } // on a simplified coastline
      if (d > RADIUS + TOL_KM) {
        far++;
        expect(z, `${p} at ${d.toFixed(1)} km`).toBe('deep-russia');
      } else if (d < RADIUS - TOL_KM) {
        near++;
        if (z === 'deep-russia') {
          shadow++;
          // Only allowed where the straight path to the border crosses water (Taganrog Bay).
          expect(
            straightPathOnLand(p),
            `${p} at ${d.toFixed(1)} km is deep-russia but its straight path is over land`,
          ).toBe(false);
        } else expect(['kharkiv-sector', 'border-zone']).toContain(z);
      }
    }
    expect(far).toBeGreaterThan(1000);
    expect(near).toBeGreaterThan(1000);
    expect(shadow).toBeGreaterThan(50); // the Yeysk peninsula and the south shore of the bay
    expect(none / pts.length).toBeLessThan(0.01);
  });
});

describe('the Kharkiv-sector rule', () => {
  const border = srcBorder().geometry.coordinates as LngLat[];
  const oblasts = srcUaAdmin()
    .features.filter((f) => f.properties.borders_russia === true)
    .map((f) => ({ iso: String(f.properties.iso_3166_2), geometry: f.geometry }));
  const [w, s, e, n] = turf.bbox(srcBorder());
  const proj = aeqd((w + e) / 2, (s + n) / 2);
  const seg = findSegment(border, oblasts, proj, KHARKIV_OBLAST);
  const K = new SphereLine(seg.coords);
  // The rest of the border: before and after the segment.
  const first = seg.coords[0]!;
  const last = seg.coords[seg.coords.length - 1]!;
  const cut = (from: Position, to: Position) => turf.lineSlice(from, to, srcBorder()).geometry.coordinates;
  const north = new SphereLine(cut(border[0]!, first));
  const south = new SphereLine(cut(last, border[border.length - 1]!));
  const distRest = (p: Position) => Math.min(north.dist(p), south.dist(p));

  it('the Kharkiv segment is the stretch of the border along Kharkiv oblast (UA-63)', () => {
    const km = turf.length(turf.lineString(seg.coords), { units: 'kilometers' });
    expect(km).toBeGreaterThan(200);
    expect(km).toBeLessThan(260);
    // Its ends are where Sumy/Kharkiv and Kharkiv/Luhansk oblasts meet the border (within 3 km).
    const ring = (iso: string) =>
      new SphereLine(
        polygonsOf(srcUaAdmin().features.find((f) => f.properties.iso_3166_2 === iso)!.geometry)
          .flat(1)
          .flat(1),
      );
    expect(ring('UA-59').dist(first)).toBeLessThan(3);
    expect(ring('UA-63').dist(first)).toBeLessThan(3);
    expect(ring('UA-63').dist(last)).toBeLessThan(3);
    expect(ring('UA-09').dist(last)).toBeLessThan(3);
  });

  it('points of kharkiv-sector are nearest to the Kharkiv segment; points of border-zone are not (±1 km)', () => {
    const kh = grid(turf.bbox(zone('kharkiv-sector')), 3, zone('kharkiv-sector'));
    expect(kh.length).toBeGreaterThan(1000);
    for (const p of kh) expect(K.dist(p), `${p}`).toBeLessThanOrEqual(distRest(p) + 1);
    const bz = grid(turf.bbox(zone('border-zone')), 4, zone('border-zone'));
    expect(bz.length).toBeGreaterThan(5000);
    for (const p of bz) expect(distRest(p), `${p}`).toBeLessThanOrEqual(K.dist(p) + 1);
  });

  it('kharkiv-sector meets Ukraine only along the Kharkiv segment', () => {
    for (const c of vertices(zone('kharkiv-sector'))) {
      if (distToBorder(c) < 0.05) expect(K.dist(c)).toBeLessThan(1);
    }
  });
});

describe('the Taganrog Bay rule (distance measured over land)', () => {
  it('removes only the area across Taganrog Bay from the straight 100 km buffer', () => {
    const straight = turf.intersect(
      turf.featureCollection([
        turf.buffer(srcBorder(), RADIUS, { units: 'kilometers', steps: 16 }) as Feature<Poly>,
        srcCountry('RUS'),
      ]),
    ) as Feature<Poly>;
    const zoneUnion = turf.union(
      turf.featureCollection([zone('kharkiv-sector'), zone('border-zone')]),
    ) as Feature<Poly>;
    const removed = turf.difference(turf.featureCollection([straight, zoneUnion])) as Feature<Poly> | null;
    expect(removed).not.toBeNull();
    // Big parts of what was removed: all south of the bay's north shore, around the bay.
    let big = 0;
    for (const p of polygonsOf(removed!.geometry)) {
      const part = turf.polygon(p);
      const a = km2(part);
      if (a < 5) continue; // simplification slivers along the 100 km line
      big += a;
      const [pw, ps, pe, pn] = turf.bbox(part);
      expect(ps).toBeGreaterThan(45.9);
      expect(pn).toBeLessThan(47.3);
      expect(pw).toBeGreaterThan(37.5);
      expect(pe).toBeLessThan(40.5);
    }
    expect(big).toBeGreaterThan(4000);
    expect(big).toBeLessThan(8000);
  });

  it('no part of Krasnodar Krai is in the zone; what remains south of the bay is round its head (Don delta)', () => {
    const kda = srcRuAdmin().features.find((f) => f.properties.iso_3166_2 === 'RU-KDA')!;
    for (const id of ['kharkiv-sector', 'border-zone'] as const) {
      expect(
        km2(turf.intersect(turf.featureCollection([kda, zone(id)])) as Feature<Poly> | null),
        id,
      ).toBeLessThan(1);
    }
    // Zone points south of the bay (below 47.05 N, west of 40.2 E) are all east of 39.1 E.
    for (const p of grid([37.5, 46.0, 40.2, 47.05], 2, zone('border-zone')))
      expect(p[0]).toBeGreaterThan(39.1);
    expect(onLand([39.418, 47.107])).toBe(true);
  });
});
