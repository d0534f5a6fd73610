// The feature-state writes that take the map from one view to the next: only what changed, so a
// slider tick that changes no zone's colour touches nothing. Pure (no MapLibre), so it is tested
// without a map; the adapter applies the list with setFeatureState.

import { ZONE_IDS } from '../domain/ids';
import type { MapView } from '../domain/mapView';
import { SOURCE_CONTEXT, SOURCE_ZONES, STATE_HIGHLIGHTED, STATE_SELECTED, STATE_STATUS } from './style';

export interface FeatureStateWrite {
  source: typeof SOURCE_ZONES | typeof SOURCE_CONTEXT;
  id: string;
  state: Record<string, string | boolean>;
}

function statusWrites(prev: MapView, next: MapView): FeatureStateWrite[] {
  if (next.statuses === prev.statuses || !next.statuses) return [];
  const statuses = next.statuses;
  return ZONE_IDS.filter((zone) => prev.statuses?.[zone] !== statuses[zone]).map((zone) => ({
    source: SOURCE_ZONES,
    id: zone,
    state: { [STATE_STATUS]: statuses[zone] },
  }));
}

function selectionWrites(prev: MapView, next: MapView): FeatureStateWrite[] {
  if (next.selectedZone === prev.selectedZone) return [];
  const writes: FeatureStateWrite[] = [];
  if (prev.selectedZone)
    writes.push({ source: SOURCE_ZONES, id: prev.selectedZone, state: { [STATE_SELECTED]: false } });
  if (next.selectedZone)
    writes.push({ source: SOURCE_ZONES, id: next.selectedZone, state: { [STATE_SELECTED]: true } });
  return writes;
}

function highlightWrites(prev: MapView, next: MapView): FeatureStateWrite[] {
  if (next.highlightedRegions === prev.highlightedRegions) return [];
  const now = new Set(next.highlightedRegions);
  const before = new Set(prev.highlightedRegions);
  return [
    ...prev.highlightedRegions
      .filter((id) => !now.has(id))
      .map((id): FeatureStateWrite => ({
        source: SOURCE_CONTEXT,
        id,
        state: { [STATE_HIGHLIGHTED]: false },
      })),
    ...next.highlightedRegions
      .filter((id) => !before.has(id))
      .map((id): FeatureStateWrite => ({ source: SOURCE_CONTEXT, id, state: { [STATE_HIGHLIGHTED]: true } })),
  ];
}

export function mapViewDiff(prev: MapView, next: MapView): FeatureStateWrite[] {
  return [...statusWrites(prev, next), ...selectionWrites(prev, next), ...highlightWrites(prev, next)];
}
