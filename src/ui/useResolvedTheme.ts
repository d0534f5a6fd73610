import { useEffect, useSyncExternalStore } from 'react';
import { useApp } from './storeContext';
import { onSystemThemeChange, resolveTheme, systemPrefersDark } from '../app/mapConnection';

/**
 * The theme in force: the `theme` option (from the link or embed), or the reader's system setting
 * when it is `auto`. Mirrored on <html data-theme> so the CSS has a single source of truth.
 */
export function useResolvedTheme(): 'light' | 'dark' {
  const option = useApp((s) => s.theme);
  const systemDark = useSyncExternalStore(
    (onChange) => onSystemThemeChange(window, onChange),
    () => systemPrefersDark(window),
    () => false,
  );
  const theme = resolveTheme(option, systemDark);
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);
  return theme;
}
