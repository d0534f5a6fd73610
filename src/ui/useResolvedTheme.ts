import { useEffect, useSyncExternalStore } from 'react';
import { useApp } from './storeContext';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const mql = window.matchMedia(QUERY);
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}

/**
 * The theme in force: the `theme` option (from the link or embed), or the reader's system setting
 * when it is `auto`. Mirrored on <html data-theme> so the CSS has a single source of truth.
 */
export function useResolvedTheme(): 'light' | 'dark' {
  const option = useApp((s) => s.theme);
  const systemDark = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
  const theme = option === 'auto' ? (systemDark ? 'dark' : 'light') : option;
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);
  return theme;
}
