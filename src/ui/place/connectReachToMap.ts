// Feeds the reach band, the site markers and the place marker from the store to the map,
// outside React. Each is a slice of the state, sent only when it changes, so a slider tick costs
// three comparisons unless the chosen weapon's range changes on that day. (Sending the place
// marker on every tick re-tiled its source and cost about 100 ms a step.) New site markers wait
// for the date to be still: their first draw compiles a shader, a long task mid-drag.

import type { PermissionMap } from '../../map/mapAdapter';
import type { AppStore } from '../../store/appStore';
import { selectPlaceLngLat, selectReachBandKm } from '../../store/reachSelectors';
import { shallowEqual, subscribeSlice } from '../../store/subscribeSlice';
import { whenDateStill, type StillOptions } from '../../store/whenDateStill';

export function connectReachToMap(map: PermissionMap, store: AppStore, still: StillOptions = {}): () => void {
  const overlay = map.reach;
  if (!overlay) return () => {};
  const state = store.getState();
  overlay.setBand(selectReachBandKm(state));
  overlay.setPlace(selectPlaceLngLat(state));
  overlay.setSites(state.reach?.sites ?? []);
  let cancelSites = () => {};
  const unsubscribe = [
    subscribeSlice(store, selectReachBandKm, (km) => overlay.setBand(km)),
    // A point is compared by its coordinates: the same place read twice is the same marker.
    subscribeSlice(store, selectPlaceLngLat, (lngLat) => overlay.setPlace(lngLat), shallowEqual),
    subscribeSlice(
      store,
      (s) => s.reach,
      (reach) => {
        cancelSites();
        cancelSites = whenDateStill(store, () => overlay.setSites(reach?.sites ?? []), still);
      },
    ),
    () => cancelSites(),
  ];
  return () => unsubscribe.forEach((off) => off());
}
