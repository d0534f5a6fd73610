import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../src/store/appStore';
import { addDays } from '../../../src/domain/dates';
import { createSettledStore, SETTLE_MS, settledStoreOf } from '../../../src/store/settledState';
import { selectMapView, selectZoneStatuses } from '../../../src/store/selectors';
import { realDataset } from '../../support/dataset';
import { TODAY } from '../../support/today';

describe('the settled state (texts that follow the slider once it rests)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const START = '2024-06-01';
  const setup = () => {
    const store = createAppStore({ today: TODAY, date: START });
    const settled = createSettledStore(store, { now: () => Date.now() });
    return { store, settled };
  };

  it('passes a lone date change at once', () => {
    const { store, settled } = setup();
    vi.advanceTimersByTime(1_000);
    store.getState().setDate('2024-11-17');
    expect(settled.getState().state.date).toBe('2024-11-17');
    expect(settled.getState().settling).toBe(false);
  });

  it('holds a run of quick steps back and takes the last one once the date rests', () => {
    const { store, settled } = setup();
    vi.advanceTimersByTime(1_000);
    for (let i = 1; i <= 200; i++) {
      store.getState().setDate(addDays(START, i));
      vi.advanceTimersByTime(16);
    }
    // The first step passed; the 199 after it came too quickly.
    expect(settled.getState().state.date).toBe(addDays(START, 1));
    expect(settled.getState().settling).toBe(true);
    vi.advanceTimersByTime(SETTLE_MS - 17);
    expect(settled.getState().state.date).toBe(addDays(START, 1));
    vi.advanceTimersByTime(1);
    expect(settled.getState().state.date).toBe(addDays(START, 200));
    expect(settled.getState().settling).toBe(false);
  });

  it('takes the whole state at rest: the date and its epoch agree', () => {
    const { store, settled } = setup();
    vi.advanceTimersByTime(1_000);
    store.getState().setDate('2024-05-01');
    for (const date of ['2024-05-10', '2024-05-20', '2024-05-31', '2024-06-10']) {
      vi.advanceTimersByTime(30);
      store.getState().setDate(date);
    }
    vi.advanceTimersByTime(SETTLE_MS);
    expect(settled.getState().state).toBe(store.getState());
    expect(settled.getState().state.epochIndex).toBe(store.getState().epochIndex);
  });

  it('lets other changes through at once while the date is at rest', () => {
    const { store, settled } = setup();
    store.getState().setWeapon('atacms');
    expect(settled.getState().state.weapon).toBe('atacms');
    expect(settled.getState().settling).toBe(false);
  });

  it('holds other changes made during a run with the date, so no held text mixes two states', () => {
    const { store, settled } = setup();
    vi.advanceTimersByTime(1_000);
    store.getState().setDate(addDays(START, 1));
    vi.advanceTimersByTime(16);
    store.getState().setDate(addDays(START, 2));
    store.getState().setWeapon('atacms');
    expect(settled.getState().state.weapon).toBe('all');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(settled.getState().state.weapon).toBe('atacms');
    expect(settled.getState().state.date).toBe(addDays(START, 2));
  });

  it('tells subscribers once per rest, not once per step', () => {
    const { store, settled } = setup();
    vi.advanceTimersByTime(1_000);
    const dates: string[] = [];
    settled.subscribe((s, previous) => {
      if (s.state.date !== previous.state.date) dates.push(s.state.date);
    });
    for (let i = 1; i <= 50; i++) {
      store.getState().setDate(addDays(START, i));
      vi.advanceTimersByTime(33);
    }
    vi.advanceTimersByTime(SETTLE_MS);
    expect(dates).toEqual([addDays(START, 1), addDays(START, 50)]);
  });

  it('gives every caller of one store the same mirror', () => {
    const store = createAppStore({ today: TODAY, date: START });
    expect(settledStoreOf(store)).toBe(settledStoreOf(store));
    expect(settledStoreOf(store)).not.toBe(settledStoreOf(createAppStore({ today: TODAY, date: START })));
  });

  it('lets the map read the live state and the texts the settled one without rebuilding either', () => {
    const store = createAppStore({ today: TODAY, date: '2024-05-15' });
    store.getState().dataLoaded(realDataset());
    const settled = createSettledStore(store, { now: () => Date.now() });
    vi.advanceTimersByTime(1_000);
    store.getState().setDate('2024-05-16');
    vi.advanceTimersByTime(16);
    store.getState().setDate('2024-06-14');
    // The held state is in an older epoch than the live one.
    expect(settled.getState().state.epochIndex).not.toBe(store.getState().epochIndex);
    const live = selectMapView(store.getState());
    const held = selectZoneStatuses(settled.getState().state);
    // Read in turn, as React and the map adapter do on every step: the same objects each time.
    for (let i = 0; i < 3; i++) {
      expect(selectMapView(store.getState())).toBe(live);
      expect(selectZoneStatuses(settled.getState().state)).toBe(held);
    }
    expect(held?.['kharkiv-sector']).toBe('prohibited');
    expect(live.statuses?.['kharkiv-sector']).toBe('limited');
  });
});
