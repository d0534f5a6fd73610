/** Initial view: all of Ukraine and the border region, with Crimea (south) and Moscow (north-east) in frame. */
export const MAP_BOUNDS: [[number, number], [number, number]] = [
  [22.1, 44.3],
  [42.0, 56.1],
];

/** Panning stops here: beyond it the shipped geometry is deliberately coarse. */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [5, 30],
  [75, 68],
];
