import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/appStore';
import { createPlayController, FULL_PLAY_MS, REDUCED_MOTION_STEP_MS } from '../../../src/app/playController';
import type { PermissionsDataset } from '../../../src/domain/types';
import { realDataset } from '../domain/load';

// Built from data/permissions/ (public/data/ is a build output, absent on a fresh clone).
const dataset: PermissionsDataset = realDataset();
const TODAY = '2026-11-22';

/** A manual clock: frames and timers run only when the test advances time. */
function manualClock() {
  let now = 0;
  let frames: ((t: number) => void)[] = [];
  const timers: { at: number; cb: () => void }[] = [];
  return {
    options: {
      now: () => now,
      requestFrame: (cb: (t: number) => void) => frames.push(cb),
      cancelFrame: () => {
        frames = [];
      },
      setTimer: (cb: () => void, ms: number) => {
        timers.push({ at: now + ms, cb });
        return timers.length as unknown as ReturnType<typeof setTimeout>;
      },
      clearTimer: () => {
        timers.length = 0;
      },
    },
    advance(ms: number, frameMs = 16) {
      const end = now + ms;
      while (now < end) {
        now = Math.min(end, now + frameMs);
        const due = frames;
        frames = [];
        for (const f of due) f(now);
        for (const t of timers.splice(0).filter((t) => (t.at <= now ? (t.cb(), false) : true)))
          timers.push(t);
      }
    },
  };
}

describe('play controller', () => {
  it('plays the whole timeline in about 15 seconds and stops at the end', () => {
    const store = createAppStore({ today: TODAY, date: '2022-02-24' });
    store.getState().dataLoaded(dataset);
    const clock = manualClock();
    createPlayController(store, { prefersReducedMotion: () => false, ...clock.options });
    store.getState().setPlaying(true);
    clock.advance(FULL_PLAY_MS / 2);
    const mid = store.getState().date;
    expect(mid > '2024-04-01' && mid < '2024-08-01').toBe(true);
    clock.advance(FULL_PLAY_MS / 2 + 500);
    expect(store.getState().date).toBe(TODAY);
    expect(store.getState().playing).toBe(false);
  });

  it('replays from the start when started at the end', () => {
    const store = createAppStore({ today: TODAY });
    store.getState().dataLoaded(dataset);
    const clock = manualClock();
    createPlayController(store, { prefersReducedMotion: () => false, ...clock.options });
    store.getState().setPlaying(true);
    clock.advance(100);
    expect(store.getState().date < '2022-04-01').toBe(true);
  });

  it('with reduced motion, steps from change to change at reading pace', () => {
    const store = createAppStore({ today: TODAY, date: '2022-02-24' });
    store.getState().dataLoaded(dataset);
    const engine = store.getState().engine!;
    const clock = manualClock();
    createPlayController(store, { prefersReducedMotion: () => true, ...clock.options });
    store.getState().setPlaying(true);
    clock.advance(REDUCED_MOTION_STEP_MS / 2 + 1);
    const first = engine.nextChange('2022-02-24');
    expect(store.getState().date).toBe(first);
    clock.advance(REDUCED_MOTION_STEP_MS);
    expect(store.getState().date).toBe(engine.nextChange(first!));
    store.getState().setPlaying(false);
    const paused = store.getState().date;
    clock.advance(REDUCED_MOTION_STEP_MS * 3);
    expect(store.getState().date).toBe(paused);
  });
});
