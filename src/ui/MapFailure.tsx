import { useMessages } from './storeContext';

interface MapFailureProps {
  reason: string;
  onRetry: () => void;
}

/** In place of the map when its geometry, worker or code failed: say so, and offer a retry. */
export function MapFailure({ reason, onRetry }: MapFailureProps) {
  const { t } = useMessages();
  return (
    <div
      className="map map--failed"
      role="region"
      aria-labelledby="map-failed-title"
      data-testid="map-failed"
    >
      <div role="alert">
        <h2 id="map-failed-title">{t.mapFailedTitle}</h2>
        <p>{t.mapFailed(reason)}</p>
      </div>
      <button type="button" className="button" onClick={onRetry} data-testid="map-retry">
        {t.retry}
      </button>
    </div>
  );
}
