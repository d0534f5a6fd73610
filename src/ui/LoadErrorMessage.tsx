import { useApp, useAppStore, useMessages } from './storeContext';

/**
 * The data failed to load: say why, offer a retry (a server hiccup or a dropped connection often
 * passes), and for an unknown pinned version, link to the current data.
 */
export function LoadErrorMessage() {
  const { t } = useMessages();
  const store = useAppStore();
  const error = useApp((s) => s.error);
  if (!error) return null;
  let currentLink: string | null = null;
  if (error.currentVersion) {
    const url = new URL(window.location.href);
    url.searchParams.delete('v');
    currentLink = url.href;
  }
  return (
    <div className="app__status app__status--error" role="alert" data-testid="load-error">
      <p>{t.loadFailed(error.message)}</p>
      {!currentLink && (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => store.getState().retryLoad()}
            data-testid="load-retry"
          >
            {t.retry}
          </button>
        </p>
      )}
      {currentLink && (
        <p>
          <a href={currentLink}>{t.openCurrentVersion(error.currentVersion!)}</a>
        </p>
      )}
    </div>
  );
}
