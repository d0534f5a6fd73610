import { useEffect } from 'react';
import { useApp, useMessages } from './storeContext';
import { donorTexts } from '../i18n/donorTexts';
import { assetUrl } from '../app/appRoot';

/** Keeps `<html lang>` and the tab title in the UI language, so screen readers and search read the page right. */
export function useDocumentLanguage(): void {
  const { t, lang } = useMessages();
  const donor = useApp((s) => s.donor);
  const comparing = useApp((s) => s.compare !== null);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = comparing ? t.compare.documentTitle : donorTexts(t, donor).documentTitle;
    document.querySelector('meta[name="description"]')?.setAttribute('content', t.metaDescription);
    // Each language has its own oEmbed file, so a consumer that discovers it gets a title in it.
    document
      .querySelector('link[type="application/json+oembed"]')
      ?.setAttribute('href', assetUrl(lang === 'en' ? 'oembed.json' : `oembed.${lang}.json`));
  }, [lang, t, donor, comparing]);
}
