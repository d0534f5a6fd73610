import { useCallback, useEffect, useState } from 'react';
import { assetUrl } from '../../app/appRoot';
import { loadPlaceGeometry } from '../../data/loadPlaceGeometry';
import type { PlaceGeometry } from '../../domain/place';

type GeometryState = { phase: 'loading' } | { phase: 'ready'; geometry: PlaceGeometry } | { phase: 'failed' };

/** The place query's geometry, loaded on first use; `retry` tries again after a failure. */
export function usePlaceGeometry(): { state: GeometryState; retry: () => void } {
  const [state, setState] = useState<GeometryState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadPlaceGeometry((path) => assetUrl(path)).then(
      (geometry) => live && setState({ phase: 'ready', geometry }),
      (error: unknown) => {
        console.warn('Place geometry could not be loaded:', error);
        if (live) setState({ phase: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ phase: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
