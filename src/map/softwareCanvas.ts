/**
 * Context options for the small 2D canvases whose pixels we read back (pattern tiles, site
 * icons, their data URLs). A GPU-backed canvas makes every `getImageData`/`toDataURL` wait on the
 * graphics pipeline; under software rendering that cost 0.3–0.9 s per call on first load. With
 * `willReadFrequently` the browser keeps the canvas in memory, where a read is a copy.
 */
export const SOFTWARE_CANVAS: CanvasRenderingContext2DSettings = { willReadFrequently: true };
