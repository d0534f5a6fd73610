// The place query on the real data: zones, the border distance only in Russia, and reach that
// follows the supplied ATACMS version (165 km from October 2023, 300 km from April 2024).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareBorderIndex } from '../../../src/domain/geo/borderIndex';
import { createZoneLookup } from '../../../src/domain/geo/zoneLookup';
import { queryPlace, type PlaceGeometry } from '../../../src/domain/place';
import { rangeAt } from '../../../src/domain/reach';
import { loadReachData } from '../../../scripts/data/sites/reachData';
import { engine, statusesOn } from '../../support/dataset';
import { OUT_DIR, ROOT, zoneAt as turfZoneAt } from '../geo/helpers';

const geometry: PlaceGeometry = {
  zoneAt: createZoneLookup(JSON.parse(fs.readFileSync(path.join(OUT_DIR, 'zones.geojson'), 'utf8'))),
  border: prepareBorderIndex(JSON.parse(fs.readFileSync(path.join(OUT_DIR, 'border-index.json'), 'utf8'))),
};
const data = loadReachData({ root: ROOT });
if (!data.ok) throw new Error('data/sites or ranges invalid');
const ranges = data.ranges;
const site = (id: string) => data.sites.find((s) => s.id === id)!;
const at = (lngLat: readonly [number, number], date: string) =>
  queryPlace(geometry, { lngLat, date, statuses: statusesOn(engine, date), ranges });

describe('the place query', () => {
  it('finds the same zone as an independent point-in-polygon test (turf) for every city', () => {
    const cities = JSON.parse(fs.readFileSync(path.join(OUT_DIR, 'cities.json'), 'utf8')) as {
      lng: number;
      lat: number;
    }[];
    for (const c of cities) expect(geometry.zoneAt(c.lng, c.lat)).toBe(turfZoneAt([c.lng, c.lat]));
  });

  it('ATACMS: 165 km before April 2024, 300 km after, not supplied before October 2023', () => {
    expect(rangeAt(ranges.atacms, '2023-10-16')).toBeNull();
    expect(rangeAt(ranges.atacms, '2024-01-01')?.km).toBe(165);
    expect(rangeAt(ranges.atacms, '2024-06-01')?.km).toBe(300);
  });

  it('Baltimor air base (about 180 km out): out of ATACMS reach in January 2024, in reach in December 2024', () => {
    const baltimor = site('baltimor-air-base').coordinates;
    const early = at(baltimor, '2024-01-15');
    const late = at(baltimor, '2024-12-01');
    expect(early.zone).toBe('deep-russia');
    expect(early.distanceToBorderKm).toBeGreaterThan(165);
    expect(early.distanceToBorderKm).toBeLessThan(300);
    expect(early.inReach.atacms).toBe(false);
    expect(late.inReach.atacms).toBe(true);
    expect(at(baltimor, '2023-06-01').inReach.atacms).toBeNull(); // not yet supplied
  });

  it('Morozovsk on 1 December 2024: deep Russia, about 133 km, in reach of ATACMS and GLSDB, not GMLRS', () => {
    const facts = at(site('morozovsk-air-base').coordinates, '2024-12-01');
    expect(facts.zone).toBe('deep-russia');
    expect(facts.distanceToBorderKm).toBeCloseTo(133, -1);
    expect(facts.statuses?.atacms).toBe(statusesOn(engine, '2024-12-01')['deep-russia'].atacms.status);
    expect(facts.inReach).toMatchObject({
      atacms: true,
      'aircraft-munitions': true,
      himars: false,
      artillery: false,
    });
    expect(facts.inReach['long-range-other']).toBeNull(); // never supplied
    expect(facts.inReach['air-defense']).toBeNull(); // no sourced range
  });

  it('gives no border distance and no reach in Crimea, the rest of Ukraine and the sea', () => {
    for (const [lngLat, zone] of [
      [[34.1024, 44.9521], 'crimea'],
      [[36.2304, 49.9935], 'ukraine'],
      [[35.0, 43.5], null],
    ] as const) {
      const facts = at(lngLat, '2024-12-01');
      expect(facts.zone).toBe(zone);
      expect(facts.distanceToBorderKm).toBeNull();
      expect(Object.values(facts.inReach).every((r) => r === null)).toBe(true);
    }
  });
});
