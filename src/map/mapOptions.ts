import type { MapOptions } from 'maplibre-gl';
import { MAP_BOUNDS, MAX_BOUNDS } from './framing';

/**
 * Map options shared by the app's map and the benchmark's floor page, so the two draw the same
 * map: a flat, north-up view of the region, no fades (colours change at once).
 */
export const BASE_MAP_OPTIONS = {
  bounds: MAP_BOUNDS,
  fitBoundsOptions: { padding: 8 },
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  renderWorldCopies: false,
  maxBounds: MAX_BOUNDS,
  fadeDuration: 0,
} as const satisfies Partial<MapOptions>;
