import type { AppStore } from '../store/appStore';
import type { PermissionMap } from '../map/mapAdapter';
import { selectVisibleStatuses } from '../store/selectors';

/**
 * `window.permissionMap`: a small, documented hook for browser tests, benchmarks and curious
 * users. It reads and drives the same store the UI uses; it adds no behaviour of its own.
 */
export interface PermissionMapHook {
  getState(): ReturnType<typeof selectVisibleStatuses> & {
    date: string;
    weapon: string;
    zone: string | null;
  };
  setDate(iso: string): void;
  whenIdle(timeoutMs?: number): Promise<boolean>;
  project(lngLat: [number, number]): [number, number] | null;
  readonly mapReady: boolean;
}

let currentMap: PermissionMap | null = null;

export function registerMapForAutomation(map: PermissionMap | null): void {
  currentMap = map;
}

declare global {
  interface Window {
    permissionMap?: PermissionMapHook;
  }
}

export function installAutomationHook(store: AppStore): void {
  window.permissionMap = {
    getState() {
      const s = store.getState();
      return { date: s.date, weapon: s.weapon, zone: s.zone, ...selectVisibleStatuses(s) };
    },
    setDate(iso) {
      store.getState().setDate(iso);
    },
    whenIdle(timeoutMs) {
      return currentMap ? currentMap.whenIdle(timeoutMs) : Promise.resolve(false);
    },
    project(lngLat) {
      return currentMap ? currentMap.project(lngLat) : null;
    },
    get mapReady() {
      return currentMap !== null;
    },
  };
}
