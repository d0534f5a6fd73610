import type { ZoneId } from '../../src/domain/ids';

/**
 * One point well inside each zone, away from city labels, used by browser tests to read the
 * colour the map drew. tests/unit/geo/sample-points.test.ts checks each lies in its zone.
 */
export const ZONE_SAMPLE_POINTS: Record<ZoneId, [number, number]> = {
  crimea: [34.0, 45.45],
  'kharkiv-sector': [37.8, 50.4],
  'border-zone': [35.3, 52.3],
  'deep-russia': [42.0, 54.5],
  ukraine: [31.0, 49.5],
};
