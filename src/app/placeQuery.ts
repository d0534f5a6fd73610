// Runs the place query for the app and the automation hook: the store supplies the date's
// statuses and the ranges, loadPlaceGeometry the geometry.

import { WEAPON_IDS, type WeaponId } from '../domain/ids';
import type { WeaponRange } from '../domain/reach';
import { queryPlace, type PlaceFacts, type PlaceGeometry } from '../domain/place';
import type { PlaceSelection } from '../domain/placeSelection';
import { currentEpoch } from '../store/selectors';
import type { AppState } from '../store/appStore';
import { resolvePlace, type PlaceEntry } from './placeCatalogue';

// Before sites.json/ranges.json load: no range is known, so every "reaches" answer is null.
const NO_RANGES = Object.fromEntries(WEAPON_IDS.map((w) => [w, []])) as unknown as Record<
  WeaponId,
  WeaponRange[]
>;

export interface ResolvedPlace {
  entry: PlaceEntry | null;
  lngLat: readonly [number, number];
  facts: PlaceFacts;
}

/** The facts for a selection on the store's date; null before the data loads or for an unknown id. */
export function placeFactsFor(
  state: AppState,
  selection: PlaceSelection,
  geometry: PlaceGeometry,
): ResolvedPlace | null {
  const epoch = currentEpoch(state);
  const place = resolvePlace(selection, state.reach, state.lang);
  if (!epoch || !place) return null;
  const facts = queryPlace(geometry, {
    lngLat: place.lngLat,
    date: state.date,
    statuses: epoch.statuses,
    ranges: state.reach?.ranges ?? NO_RANGES,
    ...(state.engine ? { classIds: state.engine.classIds } : {}),
    ...(place.entry?.site ? { zone: place.entry.site.zone } : {}),
  });
  return { ...place, facts };
}
