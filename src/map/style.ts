import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { SHOWN_STATUS_IDS } from '../domain/ids';
import { MAP_THEMES, STATUS_COLORS, PATTERNED_STATUSES, type MapTheme } from './palette';
import { patternImageId } from './patterns';

export const SOURCE_ZONES = 'zones';
export const SOURCE_CONTEXT = 'context';

/** Feature-state keys the map adapter writes; the style reads nothing else that changes. */
export const STATE_STATUS = 'status';
export const STATE_SELECTED = 'selected';
export const STATE_HIGHLIGHTED = 'highlighted';

export const LAYER_ZONES_FILL = 'zones-fill';

function statusColorExpression(fallback: string): ExpressionSpecification {
  const pairs = SHOWN_STATUS_IDS.flatMap((status) => [status, STATUS_COLORS[status]]);
  return [
    'match',
    ['coalesce', ['feature-state', STATE_STATUS], ''],
    ...pairs,
    fallback,
  ] as unknown as ExpressionSpecification;
}

function isState(key: string, value: string | boolean): ExpressionSpecification {
  return ['==', ['feature-state', key], value];
}

export interface StyleInput {
  zonesUrl: string;
  contextUrl: string;
  theme: 'light' | 'dark';
}

/**
 * An offline style: GeoJSON sources from our own origin, no sprite, no glyphs, no tiles.
 * Colours come from feature-state so that a date change never touches the style or the data.
 */
export function buildMapStyle({ zonesUrl, contextUrl, theme }: StyleInput): StyleSpecification {
  const t: MapTheme = MAP_THEMES[theme];
  return {
    version: 8,
    name: 'permission-map',
    // Colour changes are instant: the slider is the animation, and reduced motion is respected.
    transition: { duration: 0, delay: 0 },
    sources: {
      [SOURCE_CONTEXT]: { type: 'geojson', data: contextUrl, promoteId: 'id' },
      [SOURCE_ZONES]: { type: 'geojson', data: zonesUrl, promoteId: 'id' },
    },
    layers: [...landLayers(t), ...zoneLayers(t), ...lineLayers(t)],
  };
}

/** Sea and the countries around the zones. */
function landLayers(t: MapTheme): LayerSpecification[] {
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': t.sea } },
    {
      id: 'countries-fill',
      type: 'fill',
      source: SOURCE_CONTEXT,
      filter: ['==', ['get', 'kind'], 'country'],
      paint: { 'fill-color': t.land },
    },
    {
      id: 'countries-outline',
      type: 'line',
      source: SOURCE_CONTEXT,
      filter: ['==', ['get', 'kind'], 'country'],
      paint: { 'line-color': t.landOutline, 'line-width': 0.8 },
    },
  ];
}

/** The zones, coloured and patterned by status (feature-state), and their outlines. */
function zoneLayers(t: MapTheme): LayerSpecification[] {
  return [
    {
      id: LAYER_ZONES_FILL,
      type: 'fill',
      source: SOURCE_ZONES,
      paint: { 'fill-color': statusColorExpression(t.land) },
    },
    ...PATTERNED_STATUSES.map((status) => ({
      id: `zones-pattern-${status}`,
      type: 'fill' as const,
      source: SOURCE_ZONES,
      paint: {
        'fill-pattern': patternImageId(status),
        'fill-opacity': ['case', isState(STATE_STATUS, status), 1, 0] as ExpressionSpecification,
      },
    })),
    {
      id: 'zones-outline',
      type: 'line',
      source: SOURCE_ZONES,
      paint: { 'line-color': t.zoneOutline, 'line-width': 1.2 },
    },
  ];
}

/** Lines drawn over the zones: named regions (highlighted by outline), the border, the selection. */
function lineLayers(t: MapTheme): LayerSpecification[] {
  return [
    {
      id: 'regions-outline',
      type: 'line',
      source: SOURCE_CONTEXT,
      filter: ['==', ['get', 'kind'], 'region'],
      paint: {
        'line-color': [
          'case',
          isState(STATE_HIGHLIGHTED, true),
          t.regionHighlight,
          t.regionOutline,
        ] as ExpressionSpecification,
        // Highlighting is by outline only, so zone fills keep exactly their legend colours.
        'line-width': ['case', isState(STATE_HIGHLIGHTED, true), 3, 0.6] as ExpressionSpecification,
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'kharkiv-oblast-outline',
      type: 'line',
      source: SOURCE_CONTEXT,
      filter: ['==', ['get', 'id'], 'kharkiv-oblast'],
      paint: { 'line-color': t.regionHighlight, 'line-width': 1.6 },
    },
    {
      id: 'ua-ru-border',
      type: 'line',
      source: SOURCE_CONTEXT,
      filter: ['==', ['get', 'kind'], 'border'],
      paint: { 'line-color': t.border, 'line-width': 1.8 },
    },
    {
      id: 'zones-selected',
      type: 'line',
      source: SOURCE_ZONES,
      paint: {
        'line-color': t.regionHighlight,
        'line-width': ['case', isState(STATE_SELECTED, true), 3.5, 0] as ExpressionSpecification,
      },
    },
  ];
}
