import type { AppStore } from '../store/appStore';
import type { PermissionMap } from '../map/mapAdapter';
import { selectVisibleStatuses } from '../store/selectors';
import { isIsoDate } from '../domain/dates';

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
  /** Moves to `iso` (clamped to the timeline); false, with a note, for anything not a real date. */
  setDate(iso: string): boolean;
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
    setDate(iso: unknown) {
      if (typeof iso !== 'string' || !isIsoDate(iso)) {
        const value = typeof iso === 'string' ? iso.slice(0, 40) : String(typeof iso);
        console.warn(`permission-map: setDate ignored ${value}: not a date written YYYY-MM-DD`);
        store.getState().addNotes([{ param: 'setDate', value, reason: 'date' }]);
        return false;
      }
      store.getState().setDate(iso);
      return true;
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
