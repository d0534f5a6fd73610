// The one epoch lookup: which run of days a date falls in. The US engine (engine.ts) and the
// donor comparison (compare.ts) both use it, so a date maps to the same epoch everywhere.

import type { ISODate } from './types';

/**
 * Index of the last of the sorted `froms` that is ≤ date; 0 when the date precedes them all (a
 * date after the last epoch keeps the last one: the last reviewed state is carried forward).
 */
export function lastAtOrBefore(froms: readonly ISODate[], date: ISODate): number {
  let lo = 0;
  let hi = froms.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (froms[mid]! <= date) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
