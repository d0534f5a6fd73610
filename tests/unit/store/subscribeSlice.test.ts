import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { shallowEqual, subscribeSlice } from '../../../src/store/subscribeSlice';

describe('subscribeSlice', () => {
  const counterStore = () => createStore<{ a: number; b: number }>()(() => ({ a: 0, b: 0 }));

  it('calls the listener only when the selected slice changes, with the previous value', () => {
    const store = counterStore();
    const calls: [number, number][] = [];
    subscribeSlice(
      store,
      (s) => s.a,
      (next, prev) => calls.push([next, prev]),
    );
    store.setState({ b: 1 });
    store.setState({ a: 2 });
    store.setState({ a: 2, b: 3 });
    store.setState({ a: 5 });
    expect(calls).toEqual([
      [2, 0],
      [5, 2],
    ]);
  });

  it('compares object slices with the given equality', () => {
    const store = counterStore();
    let calls = 0;
    subscribeSlice(
      store,
      (s) => ({ a: s.a }),
      () => calls++,
      shallowEqual,
    );
    store.setState({ b: 1 });
    store.setState({ a: 1 });
    expect(calls).toBe(1);
  });

  it('stops when unsubscribed', () => {
    const store = counterStore();
    let calls = 0;
    const stop = subscribeSlice(
      store,
      (s) => s.a,
      () => calls++,
    );
    stop();
    store.setState({ a: 1 });
    expect(calls).toBe(0);
  });

  it('shallowEqual looks one level deep', () => {
    expect(shallowEqual({ a: 1, b: 'x' }, { a: 1, b: 'x' })).toBe(true);
    expect(shallowEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(shallowEqual({ a: {} }, { a: {} })).toBe(false);
  });
});
