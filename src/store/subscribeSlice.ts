import type { StoreApi } from 'zustand/vanilla';

/** Equal when both objects have the same keys with Object.is-equal values (one level deep). */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Calls `listener(next, previous)` whenever the part of the state picked by `selector` changes
 * (by `equal`, Object.is unless given), so adapters outside React say *what* they follow instead
 * of comparing fields by hand in every subscriber. Returns the unsubscribe function.
 */
export function subscribeSlice<S, T>(
  store: Pick<StoreApi<S>, 'getState' | 'subscribe'>,
  selector: (state: S) => T,
  listener: (next: T, previous: T) => void,
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
