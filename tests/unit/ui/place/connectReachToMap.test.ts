import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../../src/domain/dates';
import type { PermissionMap } from '../../../../src/map/mapAdapter';
import { createAppStore } from '../../../../src/store/appStore';
import { connectReachToMap } from '../../../../src/ui/place/connectReachToMap';
import { loadReachData } from '../../../../scripts/data/sites/reachData';
import type { ReachData } from '../../../../src/domain/placeSelection';
import { realDataset } from '../../../support/dataset';
import { TODAY } from '../../../support/today';
import { DATE_STILL_MS } from '../../../../src/store/whenDateStill';

const readReach = () => {
  const reach = loadReachData({ root: fileURLToPath(new URL('../../../..', import.meta.url)) });
  if (!reach.ok) throw new Error('data/sites is invalid');
  return reach as unknown as ReachData & { sites: unknown[] };
};

/** A map whose reach overlay records what it is sent. */
function recordingMap() {
  const calls: string[] = [];
  const reach = {
    setBand: (km: number | null) => calls.push(`band ${km}`),
    setPlace: (lngLat: readonly [number, number] | null) =>
      calls.push(`place ${lngLat?.join(',') ?? 'none'}`),
    setSites: (sites: readonly unknown[]) => calls.push(`sites ${sites.length}`),
  };
  return { map: { reach } as unknown as PermissionMap, calls };
}

/** A store with the real dataset, connected to a recording map, on fake timers. */
function connected() {
  vi.useFakeTimers();
  const store = createAppStore({ today: TODAY, date: '2024-06-01' });
  store.getState().dataLoaded(realDataset());
  const { map, calls } = recordingMap();
  return { store, calls, disconnect: connectReachToMap(map, store) };
}

describe('connectReachToMap', () => {
  afterEach(() => vi.useRealTimers());

  it('sends nothing to the map while the slider moves, unless a slice changes', () => {
    const { store, calls, disconnect } = connected();
    expect(calls).toEqual(['band null', 'place none', 'sites 0']);
    const reach = readReach();
    store.getState().reachLoaded(reach);
    vi.advanceTimersByTime(DATE_STILL_MS);
    expect(calls).toEqual(['band null', 'place none', 'sites 0', `sites ${reach.sites.length}`]);
    calls.length = 0;
    for (let i = 1; i <= 30; i++) store.getState().setDate(addDays('2024-06-01', i));
    expect(calls).toEqual([]);

    store.getState().selectPlace({ at: [37.6, 55.75] });
    expect(calls).toEqual(['place 37.6,55.75']);
    calls.length = 0;
    store.getState().setDate('2024-08-01');
    store.getState().selectPlace({ at: [37.6, 55.75] });
    expect(calls).toEqual([]);

    store.getState().setWeapon('atacms');
    expect(calls).toEqual(['band 300']);
    disconnect();
    store.getState().selectPlace(null);
    expect(calls).toEqual(['band 300']);
  });

  it('holds new site markers while the date moves and sends them once it is still', () => {
    const { store, calls, disconnect } = connected();
    calls.length = 0;
    const reach = readReach();
    store.getState().reachLoaded(reach);
    for (let i = 1; i <= 100; i++) {
      store.getState().setDate(addDays('2024-06-01', i));
      vi.advanceTimersByTime(33);
    }
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(DATE_STILL_MS);
    expect(calls).toEqual([`sites ${reach.sites.length}`]);
    disconnect();
  });

  it('sends no held markers after it is disconnected', () => {
    vi.useFakeTimers();
    const store = createAppStore({ today: TODAY, date: '2024-06-01' });
    const { map, calls } = recordingMap();
    const disconnect = connectReachToMap(map, store);
    calls.length = 0;
    store.getState().reachLoaded(readReach());
    disconnect();
    vi.advanceTimersByTime(10 * DATE_STILL_MS);
    expect(calls).toEqual([]);
  });
});
