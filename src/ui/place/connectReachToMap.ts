// Feeds the reach band, the site markers and the place marker from the store to the map,
// outside React. Each is a slice of the state, sent only when it changes, so a slider tick costs
// three comparisons unless the chosen weapon's range changes on that day. (Sending the place
// marker on every tick re-tiled its source and cost about 100 ms a step.)

import type { PermissionMap } from '../../map/mapAdapter';
import type { AppStore } from '../../store/appStore';
import { selectPlaceLngLat, selectReachBandKm } from '../../store/reachSelectors';
import { shallowEqual, subscribeSlice } from '../../store/subscribeSlice';

export function connectReachToMap(map: PermissionMap, store: AppStore): () => void {
  const overlay = map.reach;
  if (!overlay) return () => {};
  const state = store.getState();
  overlay.setBand(selectReachBandKm(state));
  overlay.setPlace(selectPlaceLngLat(state));
  overlay.setSites(state.reach?.sites ?? []);
  const unsubscribe = [
    subscribeSlice(store, selectReachBandKm, (km) => overlay.setBand(km)),
    // A point is compared by its coordinates: the same place read twice is the same marker.
    subscribeSlice(store, selectPlaceLngLat, (lngLat) => overlay.setPlace(lngLat), shallowEqual),
    subscribeSlice(
      store,
      (s) => s.reach,
      (reach) => overlay.setSites(reach?.sites ?? []),
    ),
  ];
  return () => unsubscribe.forEach((off) => off());
}
