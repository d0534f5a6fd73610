// Feeds the reach band, the site markers and the place marker from the store to the map,
// outside React. Each is compared with what was last sent, so a slider tick costs one
// comparison unless the chosen weapon's range changes on that day.

import type { PermissionMap } from '../../map/mapAdapter';
import type { AppState, AppStore } from '../../store/appStore';
import { selectPlaceLngLat, selectReachBandKm } from '../../store/reachSelectors';

export function connectReachToMap(map: PermissionMap, store: AppStore): () => void {
  const overlay = map.reach;
  if (!overlay) return () => {};
  let sites: AppState['reach'] = null;
  const update = (state: AppState) => {
    overlay.setBand(selectReachBandKm(state));
    overlay.setPlace(selectPlaceLngLat(state));
    if (state.reach !== sites) {
      sites = state.reach;
      overlay.setSites(state.reach?.sites ?? []);
    }
  };
  update(store.getState());
  return store.subscribe(update);
}
