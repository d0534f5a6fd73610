import { useEffect } from 'react';
import { useMessages } from './storeContext';

/** Keeps `<html lang>` and the tab title in the UI language, so screen readers and search read the page right. */
export function useDocumentLanguage(): void {
  const { t, lang } = useMessages();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.documentTitle;
  }, [lang, t]);
}
