import { useApp, useMessages } from './storeContext';

/** Says a newer version is ready (installed by the service worker) and switches on request. */
export function UpdateNote() {
  const { t } = useMessages();
  const update = useApp((s) => s.update);
  if (!update) return null;
  return (
    <div className="update-note" role="status" data-testid="update-note">
      <span>{t.updateReady}</span>{' '}
      <button type="button" className="button" onClick={update.apply}>
        {t.updateReload}
      </button>
    </div>
  );
}
