import type { AppState, AppStore } from '../store/appStore';
import type { PermissionMap } from '../map/mapAdapter';
import { selectVisibleStatuses } from '../store/selectors';
import { isIsoDate } from '../domain/dates';
import type { ClassId, ShownStatusId, ZoneId } from '../domain/ids';
import { loadPlaceGeometry } from '../data/loadPlaceGeometry';
import { assetUrl } from './appRoot';
import { placeFactsFor } from './placeQuery';

/** What `placeAt` answers (documented in the README). */
export interface PlaceAnswer {
  zone: ZoneId | null;
  /** km to the UA–RU border line; null outside Russia. */
  distanceToBorderKm: number | null;
  statuses: Partial<Record<ClassId, ShownStatusId>> | null;
  /** Whether the nominal range reaches the point from the border; null when not supplied or not measurable. */
  inReach: Partial<Record<ClassId, boolean | null>>;
}

/** Resolves once the permissions and the ranges are in the store (or after 10 s without ranges). */
function whenReady(store: AppStore): Promise<void> {
  const ready = () => store.getState().phase === 'ready' && store.getState().reach !== null;
  if (ready()) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, 10_000);
    const unsubscribe = store.subscribe(() => ready() && done());
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}

async function placeAt(store: AppStore, lngLat: [number, number]): Promise<PlaceAnswer> {
  if (!Array.isArray(lngLat) || !lngLat.every((n) => typeof n === 'number' && Number.isFinite(n)))
    throw new TypeError('placeAt expects [longitude, latitude] in decimal degrees');
  await whenReady(store);
  const geometry = await loadPlaceGeometry((path) => assetUrl(path));
  const answer = placeFactsFor(store.getState(), { at: lngLat }, geometry);
  if (!answer) throw new Error('placeAt: the data has not loaded');
  const { zone, distanceToBorderKm, statuses, inReach } = answer.facts;
  return { zone, distanceToBorderKm, statuses, inReach };
}

/**
 * `window.permissionMap`: a small, documented hook for browser tests, benchmarks and curious
 * users. It reads and drives the same store the UI uses; it adds no behaviour of its own.
 */
export interface PermissionMapHook {
  getState(): ReturnType<typeof selectVisibleStatuses> & {
    date: string;
    weapon: string;
    zone: string | null;
    /** Whose weapons the map shows (issue #15). */
    donor: string;
    /** A donor switch on its way or failed (see AppState.donorRequest). */
    donorRequest: AppState['donorRequest'];
  };
  /** Moves to `iso` (clamped to the timeline); false, with a note, for anything not a real date. */
  setDate(iso: string): boolean;
  whenIdle(timeoutMs?: number): Promise<boolean>;
  project(lngLat: [number, number]): [number, number] | null;
  /** The place query for a point on the current date (the same answer as the place panel). */
  placeAt(lngLat: [number, number]): Promise<PlaceAnswer>;
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
      return {
        date: s.date,
        weapon: s.weapon,
        zone: s.zone,
        donor: s.donor,
        donorRequest: s.donorRequest,
        ...selectVisibleStatuses(s),
      };
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
    placeAt(lngLat) {
      return placeAt(store, lngLat);
    },
    get mapReady() {
      return currentMap !== null;
    },
  };
}
