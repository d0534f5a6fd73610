// The geometry the place query needs (zones.geojson for the zone, border-index.json for the
// distance), fetched once, on the first query: the first view does not pay for it.

import { prepareBorderIndex, type BorderIndexJson } from '../domain/geo/borderIndex';
import { createZoneLookup, type ZoneFeatureCollection } from '../domain/geo/zoneLookup';
import type { PlaceGeometry } from '../domain/place';

let pending: Promise<PlaceGeometry> | null = null;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

export function loadPlaceGeometry(resolve: (path: string) => string): Promise<PlaceGeometry> {
  pending ??= Promise.all([
    fetchJson<ZoneFeatureCollection>(resolve('geo/zones.geojson')),
    fetchJson<BorderIndexJson>(resolve('geo/border-index.json')),
  ]).then(
    ([zones, border]) => ({ zoneAt: createZoneLookup(zones), border: prepareBorderIndex(border) }),
    (error: unknown) => {
      pending = null; // a later query may retry
      throw error;
    },
  );
  return pending;
}
