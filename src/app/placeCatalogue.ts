// The places a reader can pick by name: the listed military sites and our city list. One list
// for the search box, the URL (`place=`) and the map's site markers.

import type { Lang } from '../i18n/locale';
import { localizerFor } from '../i18n/dataTexts';
import { cityLabelsFor } from '../map/labels';
import type { PlaceSelection, ReachData } from '../domain/placeSelection';
import type { Site } from '../domain/sites';

export interface PlaceEntry {
  id: string;
  name: string;
  lngLat: readonly [number, number];
  site: Site | null;
}

export function listPlaces(reach: ReachData | null, lang: Lang): PlaceEntry[] {
  // Site names are dataset texts: in the reader's language where translated, sorted in it too.
  const text = localizerFor(lang).text;
  const sites: PlaceEntry[] = (reach?.sites ?? [])
    .map((site) => ({ id: site.id, name: text(site.name), lngLat: site.coordinates, site }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  const cities: PlaceEntry[] = cityLabelsFor(lang).map((c) => ({
    id: c.id,
    name: c.name,
    lngLat: [c.lng, c.lat],
    site: null,
  }));
  return [...sites, ...cities];
}

/** The entry a selection names, or a bare point; null for an id that is in neither list. */
export function resolvePlace(
  selection: PlaceSelection,
  reach: ReachData | null,
  lang: Lang,
): { entry: PlaceEntry | null; lngLat: readonly [number, number] } | null {
  if ('at' in selection) return { entry: null, lngLat: selection.at };
  const entry = listPlaces(reach, lang).find((p) => p.id === selection.id);
  return entry ? { entry, lngLat: entry.lngLat } : null;
}
