import { useEffect, useRef, useState } from 'react';
import {
  PermissionMap,
  WebGL2UnavailableError,
  type MapLabels,
  type PermissionMapOptions,
} from '../map/mapAdapter';
import { assetUrl } from '../app/appRoot';
import { selectMapView } from '../store/selectors';
import type { AppState, AppStore } from '../store/appStore';
import { donorTexts } from '../i18n/donorTexts';
import { useAppStore, useMessages } from './storeContext';
import { messagesFor, type Lang } from '../i18n/locale';
import { subscribeSlice } from '../store/subscribeSlice';
import type { Messages } from '../i18n/messages/en';
import { attributionHtml } from '../map/attribution';
import { MapFailure } from './MapFailure';
import { cityLabelsFor, placeLabelsFor } from '../map/labels';
import { MAP_BOUNDS } from '../map/framing';
import type { PlaceSelection } from '../domain/placeSelection';
import { registerMapForAutomation } from '../app/automationHook';
import { WebglFallback } from './WebglFallback';
import { useResolvedTheme } from './useResolvedTheme';
import { connectReachToMap } from './place/connectReachToMap';
import { usePictureOverMap } from './usePictureOverMap';

function labelsFor(lang: Lang): MapLabels {
  return { cities: cityLabelsFor(lang), places: placeLabelsFor(messagesFor(lang)) };
}

/** Feeds store changes to the map outside React: the map is never re-rendered per slider tick. */
function connectMapToStore(map: PermissionMap, store: AppStore): () => void {
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

type MapHooks = Pick<PermissionMapOptions, 'onFirstColouredFrame' | 'onFailure'>;

/** A new map in `el`, its texts in the store's language; clicks go to the store. */
function createMap(
  el: HTMLDivElement,
  store: AppStore,
  theme: PermissionMapOptions['theme'],
  props: Required<
    Pick<MapPanelProps, 'interactive' | 'cooperativeGestures' | 'compactAttribution' | 'places'>
  >,
  hooks: MapHooks,
): PermissionMap {
  const t = messagesFor(store.getState().lang);
  return new PermissionMap({
    container: el,
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

interface MapPanelProps {
  interactive?: boolean;
  cooperativeGestures?: boolean;
  /** The embed shows the boundary credit in its own credit line, so the map's can collapse. */
  compactAttribution?: boolean;
  /** The full app: clicks open the place panel; bands and site markers are drawn. */
  places?: boolean;
  /** Without WebGL the embed shows its own text alternative (it has no table). */
  variant?: 'app' | 'embed';
}

export function MapPanel({
  interactive = true,
  cooperativeGestures = false,
  compactAttribution = false,
  places = false,
  variant = 'app',
}: MapPanelProps) {
  const store = useAppStore();
  const { lang } = useMessages();
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const [mapError, setMapError] = useState<string | null>(null);
  // Bumped by "Try again": the effect below builds a fresh map.
  const [attempt, setAttempt] = useState(0);
  const theme = useResolvedTheme();
  const retirePicture = usePictureOverMap(container, failed, store, theme);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let map: PermissionMap;
    try {
      map = createMap(
        el,
        store,
        theme,
        { interactive, cooperativeGestures, compactAttribution, places },
        {
          onFirstColouredFrame: retirePicture,
          onFailure: (reason) => {
            console.warn(`permission-map: the map failed: ${reason}`);
            registerMapForAutomation(null);
            setMapError(reason);
          },
        },
      );
    } catch (error) {
      if (error instanceof WebGL2UnavailableError) {
        console.warn(error.message, error.cause);
        setFailed(true);
        registerMapForAutomation(null);
        return;
      }
      throw error;
    }
    const disconnectMap = connectMapToStore(map, store);
    const disconnectReach = connectReachToMap(map, store);
    registerMapForAutomation(map);
    const resizeObserver = new ResizeObserver(() => map.resize());
    resizeObserver.observe(el);
    return () => {
      resizeObserver.disconnect();
      disconnectMap();
      disconnectReach();
      registerMapForAutomation(null);
      map.destroy();
    };
    // The map is created once per theme and language (MapLibre takes its control texts only at
    // creation); everything else reaches it through the store.
  }, [
    store,
    theme,
    lang,
    interactive,
    cooperativeGestures,
    compactAttribution,
    places,
    attempt,
    retirePicture,
  ]);

  if (failed) return <WebglFallback variant={variant} />;
  if (mapError)
    return (
      <MapFailure
        reason={mapError}
        onRetry={() => {
          setMapError(null);
          setAttempt((n) => n + 1);
        }}
      />
    );
  // MapLibre makes its canvas a region landmark named by `ariaLabel`; a second, identically named
  // region around it would be a duplicate landmark (axe: landmark-unique).
  return <div ref={container} className="map" data-testid="map" />;
}
