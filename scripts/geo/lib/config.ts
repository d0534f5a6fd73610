// Every tunable of the geodata build, in one place (documented in docs/geodata.md).

/** Width of the border zone, km (great-circle distance from the UA–RU land border line). */
export const RADIUS_KM = 100;

/** Polygon segments per quarter circle in the 100 km buffer (turf/JSTS `steps`). */
export const BUFFER_STEPS = 16;

/** Over-land (Taganrog Bay) rule: the raster window [W, S, E, N], cell size and threshold margin. */
export const OVERLAND_WINDOW: [number, number, number, number] = [37.0, 45.8, 40.8, 48.0];
export const OVERLAND_CELL_KM = 0.5;
export const OVERLAND_TOL_KM = 0.3;

/** Ukrainian oblast whose stretch of the border defines the Kharkiv sector. */
export const KHARKIV_OBLAST = 'UA-63';

/** Polygon parts of the 100 km zone smaller than this (km²) go to deep-russia instead. */
export const MIN_ZONE_PART_KM2 = 1;

/**
 * Simplification tiers: [west, south, east, north] boxes and the mapshaper (weighted
 * Visvalingam) interval in metres. A vertex is simplified with the interval of the first
 * box that contains the feature piece it belongs to; boxes are nested.
 */
export const TIERS: { name: string; bbox: [number, number, number, number]; intervalM: number }[] = [
  { name: 'border region', bbox: [29.5, 43.5, 43, 55], intervalM: 150 },
  { name: 'Ukraine and neighbours', bbox: [21, 43, 45, 57], intervalM: 500 },
  { name: 'map frame', bbox: [15, 38.5, 56, 62], intervalM: 2000 },
  { name: 'far', bbox: [-180, -90, 180, 90], intervalM: 12000 },
];

/** Output coordinate precision (decimal places): 4 ≈ 11 m. */
export const DECIMALS = 4;

/** Budget for everything in public/geo/ (bytes, gzip -9). */
export const GZIP_BUDGET_BYTES = 250 * 1024;

/** Region polygons (admin-1, OSM) are extended up to this far (km) to meet the national border. */
export const REGION_CONFORM_KM = 6;
/** Region overlay parts smaller than this (km²) are dropped (rounding slivers). */
export const MIN_REGION_PART_KM2 = 0.5;
/** Simplification interval for the region overlay, metres. */
export const REGION_INTERVAL_M = 400;

/** Countries merged into another for the context layer (NE adm0_a3 -> our id). */
export const COUNTRY_MERGE: Record<string, string> = {
  KAB: 'kaz', // Baikonur lease area, Kazakhstan
  ALD: 'fin', // Åland
  CYN: 'cyp', // Northern Cyprus (context only; no position taken)
  CNM: 'cyp', // UN buffer zone
  ESB: 'cyp', // Dhekelia
  WSB: 'cyp', // Akrotiri
};

/** Context country names (English) where Natural Earth's short name is abbreviated. */
export const COUNTRY_NAMES: Record<string, string> = {
  bih: 'Bosnia and Herzegovina',
  fro: 'Faroe Islands',
  cyp: 'Cyprus',
  kos: 'Kosovo',
};
