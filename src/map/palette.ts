import type { StatusId } from '../domain/ids';
import type { DonorStatusId } from '../domain/donors';

// Colour-blind-safe status colours: a blue ↔ vermillion axis (distinguishable in protan, deutan
// and tritan simulations), with amber for "disputed" and neutral greys for "nothing to show".
// Hue never carries meaning alone: limited and disputed also get a pattern (see patterns.ts),
// and every colour is named in the legend and the table.
export const STATUS_COLORS: Record<StatusId, string> = {
  permitted: '#2166ac',
  limited: '#92c5de',
  disputed: '#e0a030',
  prohibited: '#c4452d',
  'not-supplied': '#e3e1dc',
  'no-policy': '#a7a49d',
};

/** Ink for the hatch/dot patterns drawn over limited and disputed fills. */
export const PATTERN_INK: Partial<Record<StatusId, string>> = {
  limited: '#1d4f7a',
  disputed: '#5c3a00',
};

/** Statuses whose fill carries a pattern as a non-colour cue. */
export const PATTERNED_STATUSES = ['limited', 'disputed'] as const satisfies readonly StatusId[];
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

/**
 * "No public statement" (donor comparison, issue #15): a lavender between the two greys, so it
 * reads as "unknown", never as prohibited (vermillion) or as "nothing supplied" (light grey).
 */
export const NO_STATEMENT_COLOR = '#b8aed6';

/** Every status a donor map can show, with its fill colour. */
export const DONOR_STATUS_COLORS: Record<DonorStatusId, string> = {
  ...STATUS_COLORS,
  'no-statement': NO_STATEMENT_COLOR,
};
