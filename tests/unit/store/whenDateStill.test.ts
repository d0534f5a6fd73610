import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../src/store/appStore';
import { addDays } from '../../../src/domain/dates';
import { DATE_STILL_MS, whenDateStill } from '../../../src/store/whenDateStill';
import { TODAY } from '../../support/today';

describe('whenDateStill', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const store = () => createAppStore({ today: TODAY, date: '2024-06-01' });

  it('runs once the date has been left alone for the quiet time', () => {
    const s = store();
    const run = vi.fn();
    whenDateStill(s, run);
    vi.advanceTimersByTime(DATE_STILL_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * DATE_STILL_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits while the slider moves, one day per frame, and runs after the last step', () => {
    const s = store();
    const run = vi.fn();
    whenDateStill(s, run);
    for (let i = 1; i <= 300; i++) {
      s.getState().setDate(addDays('2024-06-01', i));
      vi.advanceTimersByTime(16);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(DATE_STILL_MS - 16);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('is not held by changes other than the date', () => {
    const s = store();
    const run = vi.fn();
    whenDateStill(s, run);
    vi.advanceTimersByTime(DATE_STILL_MS / 2);
    s.getState().setWeapon('atacms');
    vi.advanceTimersByTime(DATE_STILL_MS / 2);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', () => {
    const s = store();
    const run = vi.fn();
    const cancel = whenDateStill(s, run);
    cancel();
    s.getState().setDate('2024-07-01');
    vi.advanceTimersByTime(10 * DATE_STILL_MS);
    expect(run).not.toHaveBeenCalled();
  });
});
