import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { ZONE_SAMPLE_POINTS } from '../../support/zoneSamples';

const zones = JSON.parse(readFileSync('public/geo/zones.geojson', 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  { id: string }
>;

describe('browser-test sample points', () => {
  it.each(Object.entries(ZONE_SAMPLE_POINTS))(
    '%s sample point lies in that zone and no other',
    (zone, point) => {
      const hits = zones.features
        .filter((f: Feature<Polygon | MultiPolygon, { id: string }>) => booleanPointInPolygon(point, f))
        .map((f) => f.properties.id);
      expect(hits).toEqual([zone]);
    },
  );
});
