// What a place panel is about: a listed site or city (by id), or a point the reader picked.
// Shared by the store, the URL (`place=` / `at=`) and the map.

import type { WeaponId } from './ids';
import type { WeaponRange } from './reach';
import type { Site } from './sites';

export type PlaceSelection = { id: string } | { at: readonly [number, number] };

/** The data behind the place query and the reach layer, loaded after the permissions. */
export interface ReachData {
  sites: readonly Site[];
  ranges: Readonly<Record<WeaponId, readonly WeaponRange[]>>;
}

/** Points are kept to 4 decimals (≈ 11 m): enough for a click, short in a link. */
export function roundLngLat([lng, lat]: readonly [number, number]): [number, number] {
  return [Math.round(lng * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
}
