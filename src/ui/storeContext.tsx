import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppActions, AppState, AppStore } from '../store/appStore';
import { settledStoreOf } from '../store/settledState';
import { messagesFor, type Lang } from '../i18n/locale';
import { localizerFor, type Localizer } from '../i18n/dataTexts';
import type { Messages } from '../i18n/messages/en';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore outside StoreProvider');
  return store;
}

export function useApp<T>(selector: (state: AppState & AppActions) => T): T {
  return useStore(useAppStore(), selector);
}

/**
 * Like useApp, but read from the state as of the date's last rest (src/store/settledState.ts):
 * for texts that follow the slider once it stops rather than on every step.
 */
export function useSettled<T>(selector: (state: AppState & AppActions) => T): T {
  return useStore(settledStoreOf(useAppStore()), (settled) => selector(settled.state));
}

/** Whether the date is moving on from the settled state (a drag, a held key, play). */
export function useSettling(): boolean {
  return useStore(settledStoreOf(useAppStore()), (settled) => settled.settling);
}

/**
 * The reader's language: `t` the UI catalogue, `loc` the dataset's texts. The store switches
 * `lang` only once both are loaded (src/i18n/loadLanguage.ts), so a render never mixes languages.
 */
export function useMessages(): { t: Messages; lang: Lang; loc: Localizer } {
  const lang = useApp((s) => s.lang);
  return { t: messagesFor(lang), lang, loc: localizerFor(lang) };
}
