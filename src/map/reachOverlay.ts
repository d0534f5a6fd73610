// The reach band, the site markers and the place marker: layers added to the map once, then
// switched by filter (the band) or fed once per change of selection (sites, place). A slider
// tick never reaches here unless the band's range changes.

import type { FilterSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Site } from '../domain/sites';
import { addSiteIcons, SITE_ICON_AIR, siteIconFor } from './siteIcons';

export const SOURCE_REACH = 'reach';
export const SOURCE_SITES = 'sites';
export const SOURCE_PLACE = 'place';
export const LAYER_SITES = 'sites';
const BAND_LAYERS = ['reach-halo', 'reach-outline'];
const NO_BAND: FilterSpecification = ['==', ['get', 'km'], -1];

const points = (list: { coordinates: readonly [number, number]; props: Record<string, unknown> }[]) =>
  ({
    type: 'FeatureCollection',
    features: list.map((p) => ({
      type: 'Feature',
      properties: p.props,
      geometry: { type: 'Point', coordinates: [...p.coordinates] },
    })),
  }) as FeatureCollection<Point>;

export class ReachOverlay {
  private added = false;
  private queued: (() => void)[] = [];
  private bandKm: number | null = null;
  /** The bands' file is fetched with the first band shown: the first view shows none. */
  private bandsRequested = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly reachUrl: string,
    dark: boolean,
  ) {
    const add = () => {
      this.addLayers(dark);
      this.added = true;
      for (const run of this.queued.splice(0)) run();
    };
    if (map.isStyleLoaded()) add();
    else map.once('load', add);
  }

  private whenAdded(run: () => void): void {
    if (this.added) run();
    else this.queued.push(run);
  }

  private addLayers(dark: boolean): void {
    const map = this.map;
    addSiteIcons(map);
    map.addSource(SOURCE_REACH, { type: 'geojson', data: points([]) });
    map.addSource(SOURCE_SITES, { type: 'geojson', data: points([]) });
    map.addSource(SOURCE_PLACE, { type: 'geojson', data: points([]) });
    const before = map.getLayer('ua-ru-border') ? 'ua-ru-border' : undefined;
    // A light halo under a dark dashed line: readable on every status colour and pattern.
    map.addLayer(
      {
        id: 'reach-halo',
        type: 'line',
        source: SOURCE_REACH,
        filter: NO_BAND,
        paint: { 'line-color': dark ? '#000000' : '#ffffff', 'line-width': 4.5, 'line-opacity': 0.85 },
      },
      before,
    );
    map.addLayer(
      {
        id: 'reach-outline',
        type: 'line',
        source: SOURCE_REACH,
        filter: NO_BAND,
        paint: { 'line-color': dark ? '#ffffff' : '#111111', 'line-width': 2, 'line-dasharray': [2.5, 1.5] },
      },
      before,
    );
    map.addLayer({
      id: LAYER_SITES,
      type: 'symbol',
      source: SOURCE_SITES,
      layout: {
        'icon-image': ['get', 'icon'],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 6, 1, 9, 1.3],
        // Declutter: overlapping icons hide (air bases win), and more appear as the reader zooms in.
        'icon-allow-overlap': false,
        'symbol-sort-key': ['get', 'rank'],
      },
    });
    map.addLayer({
      id: 'place-marker',
      type: 'circle',
      source: SOURCE_PLACE,
      paint: {
        'circle-radius': 7,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-width': 3,
        'circle-stroke-color': dark ? '#ffffff' : '#111111',
      },
    });
  }

  setBand(km: number | null): void {
    if (km === this.bandKm) return;
    this.bandKm = km;
    this.whenAdded(() => {
      if (km !== null && !this.bandsRequested) {
        this.bandsRequested = true;
        (this.map.getSource(SOURCE_REACH) as GeoJSONSource).setData(this.reachUrl);
      }
      const filter: FilterSpecification = km === null ? NO_BAND : ['==', ['get', 'km'], km];
      for (const id of BAND_LAYERS) this.map.setFilter(id, filter);
    });
  }

  setSites(sites: readonly Site[]): void {
    this.whenAdded(() =>
      (this.map.getSource(SOURCE_SITES) as GeoJSONSource).setData(
        points(
          sites.map((s) => {
            const icon = siteIconFor(s.kind);
            return {
              coordinates: s.coordinates,
              props: { id: s.id, icon, rank: icon === SITE_ICON_AIR ? 0 : 1 },
            };
          }),
        ),
      ),
    );
  }

  setPlace(lngLat: readonly [number, number] | null): void {
    this.whenAdded(() =>
      (this.map.getSource(SOURCE_PLACE) as GeoJSONSource).setData(
        points(lngLat ? [{ coordinates: lngLat, props: {} }] : []),
      ),
    );
  }
}
