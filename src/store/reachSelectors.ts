// What the reach layer and the place marker show, derived from the store. Cheap on a slider
// tick: the band's km is compared as a number, so the map is touched only when it changes.

import type { ClassId } from '../domain/ids';
import { rangeAt } from '../domain/reach';
import { resolvePlace } from '../app/placeCatalogue';
import type { AppState } from './appStore';

/** Whether the class had reached Ukraine by `date` (the rule of weapons.yaml `firstDelivered`). */
export function isSupplied(state: Pick<AppState, 'dataset'>, weapon: ClassId, date: string): boolean {
  const delivered = state.dataset?.weapons.find((w) => w.id === weapon)?.firstDelivered;
  return !!delivered && delivered.date <= date;
}

/** The band to draw: the chosen class's range on the date, or null (all weapons, not supplied, no figure). */
export function selectReachBandKm(state: AppState): number | null {
  const { weapon, reach, date } = state;
  if (weapon === 'all' || !reach || !isSupplied(state, weapon, date)) return null;
  const ranges: Partial<Record<ClassId, Parameters<typeof rangeAt>[0]>> = reach.ranges;
  return rangeAt(ranges[weapon] ?? [], date)?.km ?? null;
}

let lastPlace: AppState['place'] = null;
let lastReach: AppState['reach'] = null;
let lastLngLat: readonly [number, number] | null = null;

/** Where the place marker stands (memoised on the selection and the loaded lists). */
export function selectPlaceLngLat(state: AppState): readonly [number, number] | null {
  if (state.place === lastPlace && state.reach === lastReach) return lastLngLat;
  lastPlace = state.place;
  lastReach = state.reach;
  lastLngLat = state.place ? (resolvePlace(state.place, state.reach, state.lang)?.lngLat ?? null) : null;
  return lastLngLat;
}
