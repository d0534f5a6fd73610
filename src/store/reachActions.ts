// The place panel's data (sites and ranges): loaded after the first view, or as soon as the
// reader turns to it (bootstrap registers the loader).
import type { AppActions, GetState, SetState } from './appStore';

type ReachActions = Pick<AppActions, 'reachLoaded' | 'reachLoadFailed' | 'setReachLoader' | 'requestReach'>;

export function reachActions(set: SetState, get: GetState): ReachActions {
  let loader: () => void = () => {};
  return {
    reachLoaded(reach) {
      set({ reach, reachFailed: false });
    },
    reachLoadFailed() {
      set({ reachFailed: true });
    },
    setReachLoader(load) {
      loader = load;
    },
    requestReach() {
      if (!get().reach) loader();
    },
  };
}
