import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { shallowEqual, subscribeSlice } from '../../../src/store/subscribeSlice';

describe('subscribeSlice', () => {
  const make = () => createStore<{ a: number; b: number; c: string }>()(() => ({ a: 1, b: 1, c: 'x' }));

  it('calls the listener only when the selected slice changes, with next and previous', () => {
    const store = make();
    const listener = vi.fn();
    subscribeSlice(store, (s) => s.a, listener);
    store.setState({ b: 2 });
    store.setState({ a: 2 });
    store.setState({ a: 2 });
    expect(listener.mock.calls).toEqual([[2, 1]]);
  });

  it('compares object slices with the given equality', () => {
    const store = make();
    const listener = vi.fn();
    subscribeSlice(store, (s) => ({ a: s.a, b: s.b }), listener, shallowEqual);
    store.setState({ c: 'y' });
    store.setState({ b: 3 });
    expect(listener).toHaveBeenCalledOnce();
    expect(listener.mock.calls[0]![0]).toEqual({ a: 1, b: 3 });
  });

  it('stops after unsubscribe', () => {
    const store = make();
    const listener = vi.fn();
    const off = subscribeSlice(store, (s) => s.a, listener);
    off();
    store.setState({ a: 5 });
    expect(listener).not.toHaveBeenCalled();
  });

  it('shallowEqual compares one level', () => {
    expect(shallowEqual({ a: 1 }, { a: 1 })).toBe(true);
    expect(shallowEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(shallowEqual({ a: {} }, { a: {} })).toBe(false);
    expect(shallowEqual(null, null)).toBe(true);
  });
});
