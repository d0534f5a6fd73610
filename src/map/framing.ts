/** Initial view: the border region with Crimea (south) and Moscow (north-east) in frame. */
export const MAP_BOUNDS: [[number, number], [number, number]] = [
  [22.0, 43.9],
  [43.5, 56.4],
];
