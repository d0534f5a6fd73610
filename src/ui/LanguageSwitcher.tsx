import { useState } from 'react';
import { LANGS, type Lang } from '../i18n/locale';
import { loadLanguage } from '../i18n/loadLanguage';
import { assetUrl } from '../app/appRoot';
import { useAppStore, useMessages } from './storeContext';
import './LanguageSwitcher.css';

/** Each language's name in itself: the switcher must not wait for a catalogue to name it. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  uk: 'Українська',
  de: 'Deutsch',
  fr: 'Français',
};

/**
 * One button per UI language, each named in its own language (and marked with that `lang`, so a
 * screen reader pronounces "Українська" as Ukrainian on an English page). The page switches once
 * the language's catalogue and data texts are loaded; the rest of the URL state stays as it is.
 */
export function LanguageSwitcher() {
  const store = useAppStore();
  const { t, lang } = useMessages();
  const [pending, setPending] = useState<Lang | null>(null);
  const choose = (code: Lang) => {
    setPending(code);
    loadLanguage(code, (path) => assetUrl(path))
      .then(() => store.getState().setLang(code))
      .catch((error: unknown) => console.warn(`The ${code} interface could not be loaded. ${String(error)}`))
      .finally(() => setPending(null));
  };
  return (
    <div className="language-switcher">
      <div
        role="group"
        aria-label={t.languageLabel}
        className="language-switcher__options"
        data-testid="language-switcher"
      >
        {LANGS.map((code) => (
          <button
            key={code}
            type="button"
            lang={code}
            className="language-switcher__option"
            aria-pressed={code === lang}
            aria-busy={pending === code || undefined}
            onClick={() => choose(code)}
          >
            {LANGUAGE_NAMES[code]}
          </button>
        ))}
      </div>
    </div>
  );
}
