import type { StoreApi } from 'zustand/vanilla';

/** Equal when both objects have the same keys with `Object.is`-equal values (one level deep). */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a) as (keyof T)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.is(a[key], b[key]));
}

/**
 * Calls `listener` only when the slice that `selector` picks out of the state changes, as
 * zustand's `subscribeWithSelector` does, without wrapping the store in middleware. Effects
 * (URL sync, play controller, map connection, host API) declare the slice they depend on here
 * instead of each writing its own comparison of previous and next state.
 */
export function subscribeSlice<S, T>(
  store: Pick<StoreApi<S>, 'getState' | 'subscribe'>,
  selector: (state: S) => T,
  listener: (slice: T, previous: T) => void,
  equal: (a: T, b: T) => boolean = Object.is,
): () => void {
  let current = selector(store.getState());
  return store.subscribe((state) => {
    const next = selector(state);
    if (equal(next, current)) return;
    const previous = current;
    current = next;
    listener(next, previous);
  });
}
