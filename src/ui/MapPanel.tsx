import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { WebGL2UnavailableError, type PermissionMap } from '../map/mapAdapter';
import { useAppStore, useMessages } from './storeContext';
import { MapFailure } from './MapFailure';
import { registerMapForAutomation } from '../app/automationHook';
import { WebglFallback } from './WebglFallback';
import { useResolvedTheme } from './useResolvedTheme';
import { connectReachToMap } from './place/connectReachToMap';
import { usePictureOverMap } from './usePictureOverMap';
import {
  connectMapToStore,
  createMap,
  createMapHost,
  mapKey,
  type MapHooks,
  type MapProps,
} from '../app/mapConnection';
import { placeEarlyMap, takeEarlyMap, type StartedMap } from '../app/earlyMap';
import type { AppStore } from '../store/appStore';

/** The map started from the page shell, if it fits; else a new one in a new host in `el`. */
function openMap(
  el: HTMLDivElement,
  store: AppStore,
  theme: 'light' | 'dark',
  props: MapProps,
  hooks: MapHooks,
): StartedMap {
  const started = takeEarlyMap(mapKey(theme, store.getState().lang, props), hooks);
  if (started) {
    if (started.host.parentElement !== el) el.prepend(started.host);
    return started;
  }
  const host = createMapHost(el.ownerDocument);
  el.prepend(host);
  try {
    const map: PermissionMap = createMap(host, store, theme, props, hooks);
    return { host, map, disconnect: connectMapToStore(map, store) };
  } catch (error) {
    host.remove();
    throw error;
  }
}

/** Reach overlay, automation hook and resizing for an open map; returns its teardown. */
function wireMap({ map, host, disconnect }: StartedMap, store: AppStore): () => void {
  const disconnectReach = connectReachToMap(map, store);
  registerMapForAutomation(map);
  const resizeObserver = new ResizeObserver(() => map.resize());
  resizeObserver.observe(host);
  return () => {
    resizeObserver.disconnect();
    disconnect();
    disconnectReach();
    registerMapForAutomation(null);
    map.destroy();
    host.remove();
  };
}

interface MapPanelProps extends Partial<MapProps> {
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

  // The shell's map moves into the panel before the browser paints it, so it is never detached
  // while a frame is drawn (its size would drop to zero and back).
  useLayoutEffect(() => {
    if (container.current) placeEarlyMap(container.current);
  }, []);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let started: StartedMap;
    try {
      started = openMap(
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
    return wireMap(started, store);
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
