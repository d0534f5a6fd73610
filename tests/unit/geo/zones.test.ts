// Structure and topology of the committed zones and context layers (public/geo).
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, Position } from 'geojson';
import { NAMED_REGION_IDS, ZONE_IDS, type NamedRegionId, type ZoneId } from '../../../src/domain/ids.ts';
import { NAMED_REGION_SOURCES } from '../../../scripts/geo/lib/regions.ts';
import { context, srcCountry, srcRuAdmin, srcUaAdmin, zone, zoneAt, zones, type Poly } from './helpers.ts';

const RUSSIAN: ZoneId[] = ['kharkiv-sector', 'border-zone', 'deep-russia'];
const km2 = (f: Feature<Poly> | Poly | null) => (f ? turf.area(f) / 1e6 : 0);
const polygonsOf = (g: Poly): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

describe('zones.geojson', () => {
  it('has exactly one feature per zone id, with flat scalar properties', () => {
    const fc = zones();
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.properties.id)).toEqual([...ZONE_IDS]);
    for (const f of fc.features) {
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      expect(typeof f.properties.name).toBe('string');
      for (const v of Object.values(f.properties))
        expect(['string', 'number', 'boolean']).toContain(typeof v);
    }
  });

  it('is valid for MapLibre: closed rings, RFC 7946 winding, no self-intersections, <= 4 decimals', () => {
    for (const f of [
      ...zones().features,
      ...context().features.filter((c) => c.properties.kind !== 'border'),
    ]) {
      const g = f.geometry as Poly;
      for (const poly of polygonsOf(g)) {
        poly.forEach((ring, i) => {
          expect(ring.length, `${f.properties.id}: ring too short`).toBeGreaterThanOrEqual(4);
          expect(ring[0], `${f.properties.id}: ring not closed`).toEqual(ring[ring.length - 1]);
          // RFC 7946: exterior rings counter-clockwise, holes clockwise.
          expect(turf.booleanClockwise(ring), `${f.properties.id}: winding of ring ${i}`).toBe(i > 0);
          for (const c of ring)
            for (const v of c) expect(Math.abs(v * 1e4 - Math.round(v * 1e4))).toBeLessThan(1e-6);
        });
      }
      expect(turf.kinks(f as Feature<Poly>).features, `${f.properties.id}: self-intersections`).toHaveLength(
        0,
      );
    }
  });

  it('zones are pairwise disjoint (overlap < 1 km²)', () => {
    for (let i = 0; i < ZONE_IDS.length; i++)
      for (let j = i + 1; j < ZONE_IDS.length; j++) {
        const a = zone(ZONE_IDS[i]!);
        const b = zone(ZONE_IDS[j]!);
        const x = turf.intersect(turf.featureCollection([a, b]));
        expect(km2(x), `${ZONE_IDS[i]} ∩ ${ZONE_IDS[j]}`).toBeLessThan(1);
      }
  });

  it("Russia's area equals kharkiv-sector + border-zone + deep-russia (within 1 %)", () => {
    const rus = km2(srcCountry('RUS'));
    const sum = RUSSIAN.reduce((s, id) => s + km2(zone(id)), 0);
    expect(Math.abs(sum - rus) / rus).toBeLessThan(0.01);
  });

  it("Ukraine's area equals crimea + ukraine (within 1 %), and crimea matches UA-43 + UA-40 (within 2 %)", () => {
    const ukr = km2(srcCountry('UKR'));
    expect(Math.abs(km2(zone('crimea')) + km2(zone('ukraine')) - ukr) / ukr).toBeLessThan(0.01);
    const osm = srcUaAdmin().features.filter((f) =>
      ['UA-43', 'UA-40'].includes(String(f.properties.iso_3166_2)),
    );
    const osmArea = osm.reduce((s, f) => s + km2(f), 0);
    expect(Math.abs(km2(zone('crimea')) - osmArea) / osmArea).toBeLessThan(0.02);
  });

  it('the border region keeps its detail: Russian zones within 45–54 N, 30–42 E match NE Russia there (within 0.2 %)', () => {
    const box = turf.bboxPolygon([30, 45, 42, 54]);
    const clip = (f: Feature<Poly>) =>
      km2(turf.intersect(turf.featureCollection([f, box])) as Feature<Poly> | null);
    const rus = clip(srcCountry('RUS'));
    const sum = RUSSIAN.reduce((s, id) => s + clip(zone(id)), 0);
    expect(Math.abs(sum - rus) / rus).toBeLessThan(0.002);
  });

  it('no Russian zone touches Crimea (they stay > 1 km apart: Kerch Strait)', () => {
    const near = turf.buffer(zone('crimea'), 1, { units: 'kilometers' }) as Feature<Poly>;
    for (const id of RUSSIAN) expect(turf.intersect(turf.featureCollection([near, zone(id)])), id).toBeNull();
  });

  it('known places fall in the right zone', () => {
    const expected: [string, [number, number], ZoneId][] = [
      ['Simferopol', [34.1024, 44.9521], 'crimea'],
      ['Sevastopol', [33.53, 44.6], 'crimea'],
      ['Kerch', [36.4674, 45.3562], 'crimea'],
      ['Armyansk', [33.69, 46.11], 'crimea'],
      ['Belgorod (35 km)', [36.5983, 50.5997], 'kharkiv-sector'],
      ['Shebekino (8 km)', [36.9, 50.41], 'kharkiv-sector'],
      ['Kursk city (96.6 km)', [36.1926, 51.7304], 'border-zone'],
      ['Sudzha, Kursk Oblast (12 km)', [35.27, 51.19], 'border-zone'],
      ['Klintsy, Bryansk Oblast (48 km)', [32.24, 52.75], 'border-zone'],
      ['Valuyki, Belgorod Oblast (18 km; nearest border is Luhansk oblast)', [38.1, 50.21], 'border-zone'],
      ['Rostov-on-Don (64 km)', [39.7015, 47.2357], 'border-zone'],
      ['Taganrog (45 km)', [38.8969, 47.2362], 'border-zone'],
      ['Azov (80 km, over land round the head of the bay)', [39.418, 47.107], 'border-zone'],
      ['Bryansk city (106.8 km)', [34.3717, 53.2521], 'deep-russia'],
      ['Voronezh (185 km)', [39.1843, 51.672], 'deep-russia'],
      ['Moscow', [37.6173, 55.7558], 'deep-russia'],
      ['Yeysk, Krasnodar Krai (44 km straight, across Taganrog Bay)', [38.276, 46.711], 'deep-russia'],
      ['Krasnodar', [38.9753, 45.0355], 'deep-russia'],
      ['Kharkiv', [36.2304, 49.9935], 'ukraine'],
      ['Kyiv', [30.5234, 50.4501], 'ukraine'],
      ['Donetsk', [37.8028, 48.0159], 'ukraine'],
      ['Henichesk (Kherson oblast, north of Crimea)', [34.8, 46.18], 'ukraine'],
    ];
    for (const [name, p, id] of expected) expect(zoneAt(p), name).toBe(id);
  });
});

describe('context.geojson', () => {
  const fc = context();
  it('has countries, every named region once, and the UA–RU border line', () => {
    for (const f of fc.features) {
      expect(['country', 'region', 'border']).toContain(f.properties.kind);
      expect(Object.keys(f.properties).sort()).toEqual(['id', 'kind', 'name']);
      for (const v of Object.values(f.properties)) expect(typeof v).toBe('string');
    }
    const ids = fc.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    const regions = fc.features.filter((f) => f.properties.kind === 'region').map((f) => f.properties.id);
    expect(regions).toEqual([...NAMED_REGION_IDS]);
    const countries = fc.features.filter((f) => f.properties.kind === 'country');
    for (const f of countries) expect(f.properties.id).toMatch(/^[a-z]{3}$/);
    const cids = countries.map((f) => f.properties.id);
    for (const n of [
      'blr',
      'pol',
      'mda',
      'rou',
      'svk',
      'hun',
      'bgr',
      'geo',
      'arm',
      'aze',
      'tur',
      'ltu',
      'lva',
      'est',
      'fin',
      'kaz',
    ])
      expect(cids).toContain(n);
    expect(cids).not.toContain('rus');
    expect(cids).not.toContain('ukr');
    const border = fc.features.filter((f) => f.properties.kind === 'border');
    expect(border.map((f) => f.properties.id)).toEqual(['ua-ru-border']);
    expect(border[0]!.geometry.type).toBe('LineString');
  });

  it('the border line is the shared edge of the ukraine zone and the Russian zones', () => {
    const line = fc.features.find((f) => f.properties.id === 'ua-ru-border')!.geometry as {
      coordinates: Position[];
    };
    const km = turf.length(turf.lineString(line.coordinates), { units: 'kilometers' });
    expect(km).toBeGreaterThan(1450);
    expect(km).toBeLessThan(1560); // source: 1520.8 km
    const ua = zone('ukraine');
    const ru = RUSSIAN.map(zone);
    // Every vertex is a vertex of the ukraine zone and of a Russian zone (same topology).
    const verts = (f: Feature<Poly>) =>
      new Set(
        polygonsOf(f.geometry)
          .flat(2)
          .map((c) => `${c[0]},${c[1]}`),
      );
    const uaV = verts(ua);
    const ruV = new Set(ru.flatMap((f) => [...verts(f)]));
    for (const c of line.coordinates) {
      expect(uaV.has(`${c[0]},${c[1]}`)).toBe(true);
      expect(ruV.has(`${c[0]},${c[1]}`)).toBe(true);
    }
  });

  it('each region lies in its country (Russian regions in the Russian zones, Ukrainian in ukraine)', () => {
    const rusUnion = turf.union(turf.featureCollection(RUSSIAN.map(zone))) as Feature<Poly>;
    const ukr = zone('ukraine');
    for (const f of fc.features.filter((x) => x.properties.kind === 'region')) {
      const g = f as Feature<Poly>;
      const home = ['kharkiv-oblast', 'sumy-oblast'].includes(String(f.properties.id)) ? ukr : rusUnion;
      const a = km2(g);
      const inHome = km2(turf.intersect(turf.featureCollection([g, home])) as Feature<Poly> | null);
      expect(inHome / a, String(f.properties.id)).toBeGreaterThan(0.999);
    }
  });

  it('region areas match the admin-1 sources (within 3 %)', () => {
    const src = [...srcRuAdmin().features, ...srcUaAdmin().features];
    for (const f of fc.features.filter((x) => x.properties.kind === 'region')) {
      const s = src.find(
        (x) => x.properties.iso_3166_2 === NAMED_REGION_SOURCES[f.properties.id as NamedRegionId].iso,
      )!;
      const a = km2(f as Feature<Poly>);
      expect(Math.abs(a - km2(s)) / km2(s), String(f.properties.id)).toBeLessThan(0.03);
    }
  });
});
