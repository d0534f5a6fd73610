import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../src/store/appStore';
import { syncUrlWithStore } from '../../../src/url/urlSync';
import { realDataset } from '../../support/dataset';
import { TODAY } from '../../support/today';

/** Just enough of a window for the URL sync: a location and replaceState that updates it. */
function fakeWindow(search: string) {
  const location = { pathname: '/map/', search, hash: '#x' };
  const writes: string[] = [];
  const history = {
    state: null,
    replaceState: (_state: unknown, _title: string, url: string) => {
      writes.push(url);
      const query = url.slice(location.pathname.length).split('#')[0] ?? '';
      location.search = query;
    },
  };
  return { win: { location, history } as unknown as Window, writes };
}

describe('syncUrlWithStore', () => {
  afterEach(() => vi.useRealTimers());

  it('writes the owned parameters, keeps the others and the hash, and leaves defaults out', () => {
    vi.useFakeTimers();
    const store = createAppStore({ today: TODAY, date: '2024-06-01' });
    store.getState().dataLoaded(realDataset());
    const { win, writes } = fakeWindow('?v=2026-11-22&host=1');
    syncUrlWithStore(store, win);
    store.getState().setWeapon('himars');
    store.getState().selectZone('kharkiv-sector');
    vi.runAllTimers();
    expect(writes).toEqual(['/map/?v=2026-11-22&host=1&date=2024-06-01&weapon=himars&zone=kharkiv-sector#x']);
    store.getState().setWeapon('all');
    store.getState().goToEnd();
    vi.runAllTimers();
    expect(win.location.search).toBe('?v=2026-11-22&host=1&zone=kharkiv-sector');
  });

  it('writes once the slider rests, and always the final value', () => {
    vi.useFakeTimers();
    const store = createAppStore({ today: TODAY, date: '2024-01-01' });
    store.getState().dataLoaded(realDataset());
    const { win, writes } = fakeWindow('');
    syncUrlWithStore(store, win);
    for (let i = 0; i < 30; i++) {
      store.getState().shiftDays(1);
      vi.advanceTimersByTime(20);
    }
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(writes).toEqual(['/map/?date=2024-01-31#x']);
  });

  it('still follows a change that never rests (playback) every 2 s', () => {
    vi.useFakeTimers();
    const store = createAppStore({ today: TODAY, date: '2023-01-01' });
    store.getState().dataLoaded(realDataset());
    const { win, writes } = fakeWindow('');
    syncUrlWithStore(store, win);
    for (let i = 0; i < 375; i++) {
      store.getState().shiftDays(1);
      vi.advanceTimersByTime(16);
    }
    expect(writes.length).toBe(3);
    vi.runAllTimers();
    expect(win.location.search).toBe('?date=2024-01-11');
  });

  it('does not write when nothing it owns changed', () => {
    vi.useFakeTimers();
    const store = createAppStore({ today: TODAY, date: '2024-01-01' });
    const { win, writes } = fakeWindow('?date=2024-01-01');
    syncUrlWithStore(store, win);
    store.getState().setPlaying(true);
    store.getState().addNotes([{ param: 'x', value: 'y', reason: 'unknownName' }]);
    vi.runAllTimers();
    expect(writes).toEqual([]);
  });
});
