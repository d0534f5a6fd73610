import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../src/store/appStore';
import type { ReachData } from '../../../src/domain/placeSelection';
import { TODAY } from '../../support/today';

describe('the place data loads when the reader turns to it', () => {
  it('requestReach runs the registered loader until the data is in, then no more', () => {
    const store = createAppStore({ today: TODAY });
    const load = vi.fn();
    store.getState().requestReach(); // nothing registered yet: no error
    store.getState().setReachLoader(load);
    store.getState().requestReach();
    expect(load).toHaveBeenCalledTimes(1);
    store.getState().reachLoaded({ sites: [], ranges: {} } as unknown as ReachData);
    store.getState().requestReach();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a failed load is recorded, and a later load clears it', () => {
    const store = createAppStore({ today: TODAY });
    store.getState().reachLoadFailed();
    expect(store.getState().reachFailed).toBe(true);
    store.getState().reachLoaded({ sites: [], ranges: {} } as unknown as ReachData);
    expect(store.getState().reachFailed).toBe(false);
  });
});
