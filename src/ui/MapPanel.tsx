import { useEffect, useRef, useState } from 'react';
import { PermissionMap, WebGL2UnavailableError } from '../map/mapAdapter';
import { assetUrl } from '../app/appRoot';
import { selectMapView } from '../store/selectors';
import type { AppStore } from '../store/appStore';
import { useAppStore, useMessages } from './storeContext';
import { messagesFor } from '../i18n/locale';
import type { Messages } from '../i18n/messages/en';
import { attributionHtml } from '../map/attribution';
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

interface MapPanelProps {
  interactive?: boolean;
  cooperativeGestures?: boolean;
  /** The embed shows the boundary credit in its own credit line, so the map's can collapse. */
  compactAttribution?: boolean;
}

export function MapPanel({
  interactive = true,
  cooperativeGestures = false,
  compactAttribution = false,
}: MapPanelProps) {
  const store = useAppStore();
  const { t, lang } = useMessages();
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
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
        attribution: attributionHtml(messagesFor(state.lang).mapAttribution),
        locale: mapLocale(messagesFor(state.lang)),
        interactive,
        cooperativeGestures,
        compactAttribution,
        preserveDrawingBuffer: false,
        onZoneClick: (zone) => store.getState().selectZone(zone),
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
    // The map is created once per theme and language (MapLibre takes its control texts only at
    // creation); everything else reaches it through the store.
  }, [store, theme, lang, interactive, cooperativeGestures, compactAttribution]);

  if (failed) return <WebglFallback />;
  return <div ref={container} className="map" role="region" aria-label={t.mapAriaLabel} data-testid="map" />;
}
