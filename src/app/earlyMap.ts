// The app's map, started from the page shell as soon as the shell's picture is on screen, instead
// of once React has rendered the interface: MapLibre then loads its geometry while the interface
// renders (the benchmark measured "map created" 0.5–0.7 s after the picture's first paint, and
// 1.5 s after the bare page's). The map panel adopts it when it mounts.
import { PermissionMap, WebGL2UnavailableError } from '../map/mapAdapter';
import type { AppStore } from '../store/appStore';
import {
  connectMapToStore,
  createMap,
  createMapHost,
  mapKey,
  resolveTheme,
  systemPrefersDark,
  type MapHooks,
  type MapProps,
} from './mapConnection';

/** A map started before the panel that shows it; its events wait for the panel's handlers. */
export interface StartedMap {
  readonly host: HTMLDivElement;
  readonly map: PermissionMap;
  /** Stops feeding it from the store. */
  readonly disconnect: () => void;
}

interface Early extends StartedMap {
  readonly key: string;
  readonly relay: HookRelay;
}

let early: Early | null = null;
/** Set when the shell's map could not get WebGL2: the panel shows its fallback without a retry. */
let earlyFailure: WebGL2UnavailableError | null = null;

/** Hooks that hold an event that came before a handler was attached, and hand it over then. */
interface HookRelay {
  readonly hooks: Required<MapHooks>;
  attach(hooks: MapHooks): void;
}

function hookRelay(): HookRelay {
  let target: MapHooks | null = null;
  let coloured = false;
  let failure: string | null = null;
  return {
    hooks: {
      onFirstColouredFrame: () => (target ? target.onFirstColouredFrame?.() : (coloured = true)),
      onFailure: (reason) => (target ? target.onFailure?.(reason) : (failure = reason)),
    },
    attach(hooks) {
      target = hooks;
      if (coloured) hooks.onFirstColouredFrame?.();
      if (failure !== null) hooks.onFailure?.(failure);
    },
  };
}

/** Starts the map in the shell's map frame (`.map--shell`); a page without one starts nothing. */
export function startEarlyMap(doc: Document, store: AppStore, props: MapProps): void {
  const frame = doc.querySelector('.map--shell');
  const win = doc.defaultView;
  const { theme: option, lang, compare } = store.getState();
  // The comparison has no such map: one started would never be shown.
  if (!frame || !win || early || compare) return;
  const theme = resolveTheme(option, systemPrefersDark(win));
  const host = createMapHost(doc);
  frame.prepend(host);
  const relay = hookRelay();
  try {
    const map = createMap(host, store, theme, props, relay.hooks);
    early = { host, map, disconnect: connectMapToStore(map, store), key: mapKey(theme, lang, props), relay };
  } catch (error) {
    host.remove();
    if (!(error instanceof WebGL2UnavailableError)) throw error;
    earlyFailure = error;
  }
}

/** Moves the started map, if any, into the map panel's frame (ahead of the picture, which stays on top). */
export function placeEarlyMap(frame: HTMLElement): void {
  if (early && early.host.parentElement !== frame) frame.prepend(early.host);
}

/**
 * The started map, if it was built for `key` (theme, language, props); another one is taken down.
 * Throws the start's WebGL2UnavailableError, once, so the panel falls back as if it had tried.
 */
export function takeEarlyMap(key: string, hooks: MapHooks): StartedMap | null {
  if (earlyFailure) {
    const failure = earlyFailure;
    earlyFailure = null;
    throw failure;
  }
  const started = early;
  early = null;
  if (!started) return null;
  if (started.key !== key) {
    started.disconnect();
    started.map.destroy();
    started.host.remove();
    return null;
  }
  started.relay.attach(hooks);
  return started;
}
