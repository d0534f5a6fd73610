import { useAppStore, useMessages } from '../storeContext';

/** The donors a comparison starts with from the main page. */
export const DEFAULT_COMPARE = ['us', 'gb', 'fr', 'de'] as const;

/** The way into the comparison from the single map (at the same date; the URL follows). */
export function CompareButton() {
  const store = useAppStore();
  const { t } = useMessages();
  return (
    <button
      type="button"
      className="button compare-open"
      data-testid="compare-open"
      onClick={() => {
        store.getState().setCompare([...DEFAULT_COMPARE]);
        window.scrollTo({ top: 0 });
      }}
    >
      {t.compare.open}
    </button>
  );
}
