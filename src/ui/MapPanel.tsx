import { useEffect, useRef, useState } from 'react';
import { PermissionMap } from '../map/mapAdapter';
import { WebGL2UnavailableError } from '../map/webgl';
import { MapFailure } from './MapFailure';
import { assetUrl } from '../app/appRoot';
import { selectMapView } from '../store/selectors';
import type { AppStore } from '../store/appStore';
import { useAppStore } from './storeContext';
import { messagesFor } from '../i18n/locale';
import { cityLabelsFor, placeLabelsFor } from '../map/labels';
import { MAP_BOUNDS } from '../map/framing';
import { registerMapForAutomation } from '../app/automationHook';
import { WebglFallback } from './WebglFallback';
import { useResolvedTheme } from './useResolvedTheme';

/** Feeds store changes to the map outside React: the map is never re-rendered per slider tick. */
function connectMapToStore(map: PermissionMap, store: AppStore): () => void {
  let lastView = selectMapView(store.getState());
  map.show(lastView);
  let lastLang = store.getState().lang;
  const unsubscribe = store.subscribe((state) => {
    const view = selectMapView(state);
    if (view !== lastView) {
      lastView = view;
      map.show(view);
    }
    if (state.lang !== lastLang) {
      lastLang = state.lang;
      map.setLabels({ cities: cityLabelsFor(state.lang), places: placeLabelsFor(messagesFor(state.lang)) });
    }
  });
  return unsubscribe;
}

interface MapPanelProps {
  interactive?: boolean;
  cooperativeGestures?: boolean;
  /** The embed shows the boundary credit in its own credit line, so the map's can collapse. */
  compactAttribution?: boolean;
  /** Without WebGL the embed shows its own text alternative (it has no table). */
  variant?: 'app' | 'embed';
}

export function MapPanel({
  interactive = true,
  cooperativeGestures = false,
  compactAttribution = false,
  variant = 'app',
}: MapPanelProps) {
  const store = useAppStore();
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const [mapError, setMapError] = useState<string | null>(null);
  // Bumped by "Try again": the effect below builds a fresh map.
  const [attempt, setAttempt] = useState(0);
  const theme = useResolvedTheme();

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let map: PermissionMap;
    const state = store.getState();
    try {
      map = new PermissionMap({
        container: el,
        zonesUrl: assetUrl('geo/zones.geojson'),
        contextUrl: assetUrl('geo/context.geojson'),
        theme,
        bounds: MAP_BOUNDS,
        ariaLabel: messagesFor(state.lang).mapAriaLabel,
        interactive,
        cooperativeGestures,
        compactAttribution,
        preserveDrawingBuffer: false,
        onZoneClick: (zone) => store.getState().selectZone(zone),
        onFailure: (reason) => {
          console.warn(`permission-map: the map failed: ${reason}`);
          registerMapForAutomation(null);
          setMapError(reason);
        },
      });
    } catch (error) {
      if (error instanceof WebGL2UnavailableError) {
        console.warn(error.message, error.cause);
        setFailed(true);
        registerMapForAutomation(null);
        return;
      }
      throw error;
    }
    map.setLabels({ cities: cityLabelsFor(state.lang), places: placeLabelsFor(messagesFor(state.lang)) });
    const disconnect = connectMapToStore(map, store);
    registerMapForAutomation(map);
    const resizeObserver = new ResizeObserver(() => map.resize());
    resizeObserver.observe(el);
    return () => {
      resizeObserver.disconnect();
      disconnect();
      registerMapForAutomation(null);
      map.destroy();
    };
    // The map is created once per theme; everything else reaches it through the store.
  }, [store, theme, interactive, cooperativeGestures, compactAttribution, attempt]);

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
