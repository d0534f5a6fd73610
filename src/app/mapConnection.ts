// Creating the page's map and feeding it from the store: shared by the map panel and by the map
// started from the page shell before React renders (earlyMap.ts), so both build the same map.
import { PermissionMap, type MapLabels, type PermissionMapOptions } from '../map/mapAdapter';
import { assetUrl } from './appRoot';
import { selectMapView } from '../store/selectors';
import type { AppState, AppStore } from '../store/appStore';
import type { Theme } from '../store/theme';
import { donorTexts } from '../i18n/donorTexts';
import { messagesFor, type Lang } from '../i18n/locale';
import { subscribeSlice } from '../store/subscribeSlice';
import type { Messages } from '../i18n/messages/en';
import { attributionHtml } from '../map/attribution';
import { cityLabelsFor, placeLabelsFor } from '../map/labels';
import { MAP_BOUNDS } from '../map/framing';
import type { PlaceSelection } from '../domain/placeSelection';

/** How a page's map behaves; the map panel's props. */
export interface MapProps {
  interactive: boolean;
  cooperativeGestures: boolean;
  /** The embed shows the boundary credit in its own credit line, so the map's can collapse. */
  compactAttribution: boolean;
  /** The full app: clicks open the place panel; bands and site markers are drawn. */
  places: boolean;
}

/** The full app's map (the embed's depends on its options). */
export const APP_MAP_PROPS: MapProps = {
  interactive: true,
  cooperativeGestures: false,
  compactAttribution: false,
  places: true,
};

export type MapHooks = Pick<PermissionMapOptions, 'onFirstColouredFrame' | 'onFailure'>;

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme in force: the option, or the reader's system setting when it is `auto`. */
export function resolveTheme(option: Theme, systemDark: boolean): 'light' | 'dark' {
  return option === 'auto' ? (systemDark ? 'dark' : 'light') : option;
}

export function systemPrefersDark(win: Window): boolean {
  return win.matchMedia(DARK_QUERY).matches;
}

export function onSystemThemeChange(win: Window, onChange: () => void): () => void {
  const mql = win.matchMedia(DARK_QUERY);
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}

/** What a map was built for: a map is reused only where all of it is the same. */
export function mapKey(theme: 'light' | 'dark', lang: Lang, props: MapProps): string {
  return JSON.stringify([
    theme,
    lang,
    props.interactive,
    props.cooperativeGestures,
    props.compactAttribution,
    props.places,
  ]);
}

function labelsFor(lang: Lang): MapLabels {
  return { cities: cityLabelsFor(lang), places: placeLabelsFor(messagesFor(lang)) };
}

/** Feeds store changes to the map outside React: the map is never re-rendered per slider tick. */
export function connectMapToStore(map: PermissionMap, store: AppStore): () => void {
  map.show(selectMapView(store.getState()));
  map.setLabels(labelsFor(store.getState().lang));
  const stopView = subscribeSlice(store, selectMapView, (view) => map.show(view));
  const stopLabels = subscribeSlice(
    store,
    (s) => s.lang,
    (lang) => map.setLabels(labelsFor(lang)),
  );
  const ariaLabel = (s: AppState) => donorTexts(messagesFor(s.lang), s.donor).mapAriaLabel;
  map.setAriaLabel(ariaLabel(store.getState()));
  const stopAria = subscribeSlice(store, ariaLabel, (label) => map.setAriaLabel(label));
  return () => {
    stopView();
    stopLabels();
    stopAria();
  };
}

/** MapLibre's control texts (its UIString keys) from our catalogue. */
function mapLocale(t: Messages): Record<string, string> {
  const c = t.mapControls;
  return {
    'NavigationControl.ZoomIn': c.zoomIn,
    'NavigationControl.ZoomOut': c.zoomOut,
    'AttributionControl.ToggleAttribution': c.toggleAttribution,
    'CooperativeGesturesHandler.WindowsHelpText': c.windowsHelp,
    'CooperativeGesturesHandler.MacHelpText': c.macHelp,
    'CooperativeGesturesHandler.MobileHelpText': c.mobileHelp,
  };
}

/**
 * The element MapLibre draws into: a child filling the panel's frame, so that a map started
 * before React renders can move into the panel React builds (see earlyMap.ts).
 */
export function createMapHost(doc: Document): HTMLDivElement {
  const host = doc.createElement('div');
  host.className = 'map__host';
  return host;
}

/** A new map in `host`, its texts in the store's language; clicks go to the store. */
export function createMap(
  host: HTMLElement,
  store: AppStore,
  theme: 'light' | 'dark',
  props: MapProps,
  hooks: MapHooks,
): PermissionMap {
  const t = messagesFor(store.getState().lang);
  return new PermissionMap({
    container: host,
    zonesUrl: assetUrl('geo/zones.geojson'),
    contextUrl: assetUrl('geo/context.geojson'),
    theme,
    bounds: MAP_BOUNDS,
    ariaLabel: t.mapAriaLabel,
    attribution: attributionHtml(t.mapAttribution),
    locale: mapLocale(t),
    interactive: props.interactive,
    cooperativeGestures: props.cooperativeGestures,
    compactAttribution: props.compactAttribution,
    preserveDrawingBuffer: false,
    onZoneClick: (zone) => store.getState().selectZone(zone),
    ...(props.places
      ? {
          reachUrl: assetUrl('geo/reach.geojson'),
          onPlaceClick: (place: PlaceSelection) => store.getState().selectPlace(place),
        }
      : {}),
    ...hooks,
  });
}
