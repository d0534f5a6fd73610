import type { AppStore } from '../store/appStore';
import { subscribeSlice } from '../store/subscribeSlice';
import { addDays } from '../domain/dates';
import { timelineDays } from '../domain/timeline';

/** The whole timeline plays in about this long, whatever its length (adaptive speed). */
export const FULL_PLAY_MS = 15_000;
/** With reduced motion, play steps from change to change and lingers long enough to read. */
export const REDUCED_MOTION_STEP_MS = 2_500;

export interface PlayControllerOptions {
  prefersReducedMotion: () => boolean;
  now?: () => number;
  requestFrame?: (cb: (t: number) => void) => number;
  cancelFrame?: (id: number) => void;
  setTimer?: (cb: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimer?: (id: ReturnType<typeof setTimeout>) => void;
}

/**
 * Headless play/pause: watches `playing` in the store and advances the date. Starting at the end
 * replays from the start; reaching the end stops.
 */
export function createPlayController(store: AppStore, options: PlayControllerOptions): () => void {
  const now = options.now ?? (() => performance.now());
  const requestFrame = options.requestFrame ?? ((cb) => requestAnimationFrame(cb));
  const cancelFrame = options.cancelFrame ?? ((id) => cancelAnimationFrame(id));
  const setTimer = options.setTimer ?? ((cb, ms) => setTimeout(cb, ms));
  const clearTimer = options.clearTimer ?? ((id) => clearTimeout(id));

  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const stop = () => {
    if (frame !== null) cancelFrame(frame);
    if (timer !== null) clearTimer(timer);
    frame = null;
    timer = null;
  };

  const startContinuous = () => {
    const { today } = store.getState();
    const daysPerMs = timelineDays(today) / FULL_PLAY_MS;
    let anchorDate = store.getState().date;
    let anchorTime = now();
    let lastSet = anchorDate;
    const tick = () => {
      const s = store.getState();
      if (!s.playing) return;
      // The user dragged or pressed a key during play: continue from there instead of fighting.
      if (s.date !== lastSet) {
        anchorDate = s.date;
        anchorTime = now();
      }
      const target = addDays(anchorDate, Math.floor((now() - anchorTime) * daysPerMs));
      if (target >= s.today) {
        s.goToEnd();
        s.setPlaying(false);
        return;
      }
      s.setDate(target);
      lastSet = store.getState().date;
      frame = requestFrame(tick);
    };
    frame = requestFrame(tick);
  };

  const startStepping = () => {
    const step = () => {
      const s = store.getState();
      if (!s.playing) return;
      const next = s.engine?.nextChange(s.date) ?? null;
      if (!next) {
        s.goToEnd();
        s.setPlaying(false);
        return;
      }
      s.setDate(next);
      timer = setTimer(step, REDUCED_MOTION_STEP_MS);
    };
    timer = setTimer(step, REDUCED_MOTION_STEP_MS / 2);
  };

  const unsubscribe = subscribeSlice(
    store,
    (s) => s.playing,
    (playing) => {
      stop();
      if (!playing) return;
      const s = store.getState();
      if (s.date >= s.today) s.goToStart();
      if (options.prefersReducedMotion()) startStepping();
      else startContinuous();
    },
  );

  return () => {
    unsubscribe();
    stop();
  };
}
