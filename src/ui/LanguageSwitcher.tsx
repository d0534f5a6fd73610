import { LANGS, contentLangFor, messagesFor } from '../i18n/locale';
import { useAppStore, useMessages } from './storeContext';
import './LanguageSwitcher.css';

/**
 * One button per UI language, each named in its own language (and marked with that `lang`, so a
 * screen reader pronounces "Українська" as Ukrainian on an English page). A new catalogue in
 * `LANGS` appears here by itself.
 */
export function LanguageSwitcher() {
  const store = useAppStore();
  const { t, lang } = useMessages();
  const contentLang = contentLangFor(lang);
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
            onClick={() => store.getState().setLang(code)}
          >
            {messagesFor(code).langName}
          </button>
        ))}
      </div>
      {contentLang && <p className="language-switcher__note">{t.contentLanguageNote}</p>}
    </div>
  );
}
