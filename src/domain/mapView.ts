import type { NamedRegionId, ShownStatusId, ZoneId } from './ids';

/**
 * What the map shows: derived by the store's selectors, drawn by the map adapter and the PNG
 * export. It lives here, not in map/, so the store need not import the map layer. The adapter
 * diffs successive views and touches only what changed.
 */
export interface MapView {
  statuses: Readonly<Record<ZoneId, ShownStatusId>> | null;
  selectedZone: ZoneId | null;
  highlightedRegions: readonly NamedRegionId[];
}
