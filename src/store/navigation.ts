// Moving through time: the one date setter and the actions built on it (slider, keys, ⏮/⏭,
// presenting). Every date change goes through `mover`, which keeps `epochIndex` in step.
import type { ChangeFilter } from '../domain/engine';
import type { WeaponFilter } from '../domain/ids';
import { addDays, addMonths, isIsoDate } from '../domain/dates';
import { clampToTimeline, timelineRange } from '../domain/timeline';
import type { AppActions, GetState, SetState } from './appStore';
import { compareStep } from './compareSlice';

/** The one way the date changes: checked, clamped to the timeline, epoch index kept in step. */
export function mover(set: SetState, get: GetState): (date: string) => void {
  return (date) => {
    // Every entry point (slider, keys, host messages, the automation hook) comes through here.
    if (typeof date !== 'string' || !isIsoDate(date)) return;
    const next = clampToTimeline(date, get().today);
    const { engine, date: current } = get();
    if (next === current) return;
    const epochIndex = engine ? engine.epochIndexAt(next) : 0;
    set(epochIndex === get().epochIndex ? { date: next } : { date: next, epochIndex });
  };
}

/** For the ⏮/⏭ buttons a change is any weapon's change of status (the table and details show them all). */
export function changeFilterFor(weapon: WeaponFilter): ChangeFilter {
  return weapon === 'all' ? { level: 'status' } : { level: 'status', weapons: [weapon] };
}

/** For presenting, only what the audience sees on the map: a zone's colour. */
export function shownChangeFilterFor(weapon: WeaponFilter): ChangeFilter {
  return weapon === 'all' ? { level: 'summary' } : { level: 'status', weapons: [weapon] };
}

type NavigationActions = Pick<
  AppActions,
  | 'setDate'
  | 'shiftDays'
  | 'shiftMonths'
  | 'goToStart'
  | 'goToEnd'
  | 'goToPreviousChange'
  | 'goToNextChange'
  | 'stepShownChange'
>;

export function navigationActions(get: GetState, moveTo: (date: string) => void): NavigationActions {
  const step = (direction: -1 | 1, filter: ChangeFilter) => {
    const { engine, date } = get();
    const target = direction < 0 ? engine?.previousChange(date, filter) : engine?.nextChange(date, filter);
    if (target) moveTo(target);
  };
  return {
    setDate: moveTo,
    shiftDays(days) {
      moveTo(addDays(get().date, days));
    },
    shiftMonths(months) {
      moveTo(addMonths(get().date, months));
    },
    goToStart() {
      moveTo(timelineRange(get().today).start);
    },
    goToEnd() {
      moveTo(get().today);
    },
    goToPreviousChange() {
      step(-1, changeFilterFor(get().weapon));
    },
    goToNextChange() {
      step(1, changeFilterFor(get().weapon));
    },
    stepShownChange(direction) {
      // Comparing: the changes of any compared donor's map, not the US map's.
      const compared = compareStep(get(), direction);
      if (compared === undefined) step(direction, shownChangeFilterFor(get().weapon));
      else if (compared) moveTo(compared);
    },
  };
}
