import { en, type Messages } from './messages/en';
import { uk } from './messages/uk';

// Adding a language: a catalogue in ./messages/, its code here, and its Intl locale below.
export const LANGS = ['en', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

const CATALOGUES: Record<Lang, Messages> = { en, uk };
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', uk: 'uk-UA' };

/**
 * Intl's Ukrainian dates end in " р." ("1 червня 2024 р."); the slider speaks the date on every
 * step and the page prints it in sentences, so it is left off everywhere: "1 червня 2024".
 */
export const DATE_SUFFIX: Partial<Record<Lang, RegExp>> = { uk: /\s*р\.$/u };

/** The language of the dataset's own texts (event titles, summaries, notes, conditions, quotes). */
export const CONTENT_LANG = 'en';

/** `lang` for an element showing dataset text: set only when it differs from the page's language. */
export function contentLangFor(lang: Lang): string | undefined {
  return lang === CONTENT_LANG ? undefined : CONTENT_LANG;
}

export function messagesFor(lang: Lang): Messages {
  return CATALOGUES[lang];
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, style: 'long' | 'short' | 'month'): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
        : style === 'short'
          ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
          : { month: 'short', year: 'numeric', timeZone: 'UTC' };
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang], options);
    formatters.set(key, f);
  }
  return f;
}

/** "1 June 2024" ("1 червня 2024"): what the slider speaks and the page prints. ISO dates are read as UTC days. */
export function formatDate(iso: string, lang: Lang, style: 'long' | 'short' | 'month' = 'long'): string {
  // A month-only date ('2025-10') is shown as a month, never as its first day.
  if (/^\d{4}-\d{2}$/.test(iso)) style = 'month';
  const ms = Date.parse(`${iso.length === 7 ? `${iso}-01` : iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) return iso;
  const text = formatter(lang, style).format(ms);
  const suffix = DATE_SUFFIX[lang];
  return suffix ? text.replace(suffix, '') : text;
}
