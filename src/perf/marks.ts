// Performance marks for the benchmark (npm run bench, docs/performance.md), shared by the app, the
// benchmark's floor page and the bench driver, so all three agree on the names. No imports: the
// driver reads these names in Node, and the built page's inline script sets the picture mark.
// Marks cost nothing when no one reads them.

/** The prerendered zone picture has its colours for the URL's date (set by the inline script). */
export const PICTURE_COLOURED_MARK = 'permission-map:picture-coloured';
/** A MapLibre map is being created. */
export const MAP_CREATED_MARK = 'permission-map:map-created';
/** Both GeoJSON sources have loaded. */
export const SOURCES_LOADED_MARK = 'permission-map:sources-loaded';
/** The zones first got their statuses (feature-state). */
export const STATUSES_APPLIED_MARK = 'permission-map:statuses-applied';
/** The end of the next frame MapLibre draws: the first with the zones in their status colours. */
export const FIRST_COLOURED_FRAME_MARK = 'permission-map:first-coloured-frame';

export const PERFORMANCE_MARKS = [
  PICTURE_COLOURED_MARK,
  MAP_CREATED_MARK,
  SOURCES_LOADED_MARK,
  STATUSES_APPLIED_MARK,
  FIRST_COLOURED_FRAME_MARK,
] as const;
export type PerformanceMarkName = (typeof PERFORMANCE_MARKS)[number];

/** Sets a mark once per page: a second map (theme change, PNG export) does not move the first one. */
export function markOnce(name: PerformanceMarkName): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name, 'mark').length > 0) return;
  performance.mark(name);
}
