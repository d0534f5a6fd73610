import { useAppStore, useMessages } from '../storeContext';

/** Starts the classroom presentation; full screen where the browser allows it. */
export function PresentButton({ disabled = false }: { disabled?: boolean }) {
  const store = useAppStore();
  const { t } = useMessages();
  return (
    <button
      type="button"
      className="button"
      data-testid="present"
      disabled={disabled}
      onClick={() => {
        store.getState().setPresenting(true);
        // Full screen is a nicety: inside a frame without allow="fullscreen" the page presents in place.
        document.documentElement.requestFullscreen?.().catch(() => undefined);
      }}
    >
      {t.presentStart}
    </button>
  );
}
