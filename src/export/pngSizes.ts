/** The PNG download's sizes (slides, full HD, square): apart from the renderer, which loads on demand. */
export const PNG_SIZES = {
  slide: { width: 1600, height: 900 },
  hd: { width: 1920, height: 1080 },
  square: { width: 1200, height: 1200 },
} as const;
export type PngSize = keyof typeof PNG_SIZES;
