import type { KeyboardEvent } from 'react';
import type { AppStore } from '../../store/appStore';

type Actions = ReturnType<AppStore['getState']>;

// The ARIA slider keys: a day with the arrows, a month with PageUp/PageDown, the ends with Home/End.
const KEY_ACTIONS: Record<string, (s: Actions) => void> = {
  ArrowLeft: (s) => s.shiftDays(-1),
  ArrowDown: (s) => s.shiftDays(-1),
  ArrowRight: (s) => s.shiftDays(1),
  ArrowUp: (s) => s.shiftDays(1),
  PageUp: (s) => s.shiftMonths(1),
  PageDown: (s) => s.shiftMonths(-1),
  Home: (s) => s.goToStart(),
  End: (s) => s.goToEnd(),
};

/** The slider thumb's key handler: any slider key stops play and moves the date. */
export function sliderKeyHandler(store: AppStore) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const action = KEY_ACTIONS[event.key];
    if (!action) return;
    event.preventDefault();
    const s = store.getState();
    s.setPlaying(false);
    action(s);
  };
}
