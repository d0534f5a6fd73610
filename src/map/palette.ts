import type { ShownStatusId } from '../domain/ids';

// Colour-blind-safe status colours: a blue ↔ vermillion axis (distinguishable in protan, deutan
// and tritan simulations), with amber for "disputed" and neutral greys for "nothing to show".
// Hue never carries meaning alone: limited and disputed also get a pattern (see patterns.ts),
// and every colour is named in the legend and the table.
export const STATUS_COLORS: Record<ShownStatusId, string> = {
  permitted: '#2166ac',
  limited: '#92c5de',
  disputed: '#e0a030',
  prohibited: '#c4452d',
  'not-supplied': '#e3e1dc',
  'no-policy': '#a7a49d',
  // Donors only: no public statement for the period. A warm sand, apart from the greys (which
  // mean "nothing to show" for the US) and from amber (disputed, which also carries dots).
  'no-statement': '#d2bf94',
};

/** Ink for the hatch/dot patterns drawn over limited and disputed fills. */
export const PATTERN_INK: Partial<Record<ShownStatusId, string>> = {
  limited: '#1d4f7a',
  disputed: '#5c3a00',
};

/** Statuses whose fill carries a pattern as a non-colour cue. */
export const PATTERNED_STATUSES = ['limited', 'disputed'] as const satisfies readonly ShownStatusId[];
export type PatternedStatus = (typeof PATTERNED_STATUSES)[number];

export interface MapTheme {
  sea: string;
  land: string;
  landOutline: string;
  zoneOutline: string;
  regionOutline: string;
  regionHighlight: string;
  border: string;
  label: string;
  labelHalo: string;
}

export const MAP_THEMES: Record<'light' | 'dark', MapTheme> = {
  light: {
    sea: '#dbe7ef',
    land: '#f4f2ee',
    landOutline: '#b9b4aa',
    zoneOutline: '#ffffff',
    regionOutline: '#6b665e',
    regionHighlight: '#111111',
    border: '#222222',
    label: '#1b1b1b',
    labelHalo: 'rgba(255,255,255,0.85)',
  },
  dark: {
    sea: '#0f1a24',
    land: '#2a2d31',
    landOutline: '#4b4f55',
    zoneOutline: '#15181b',
    regionOutline: '#b8b3aa',
    regionHighlight: '#ffffff',
    border: '#f1f1f1',
    label: '#f3f3f3',
    labelHalo: 'rgba(0,0,0,0.75)',
  },
};
