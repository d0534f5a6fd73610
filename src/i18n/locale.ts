import { en, type Messages } from './messages/en';

// Adding a language: a catalogue in ./messages/ (loaded in catalogues.ts), its code here, its Intl
// locale below, and data/i18n/<code>.yaml (docs/correcting-the-record.md says how).
export const LANGS = ['en', 'uk', 'de', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', uk: 'uk-UA', de: 'de-DE', fr: 'fr-FR' };

/**
 * Intl's Ukrainian dates end in " р." ("1 червня 2024 р."); the slider speaks the date on every
 * step and the page prints it in sentences, so it is left off everywhere: "1 червня 2024".
 */
export const DATE_SUFFIX: Partial<Record<Lang, RegExp>> = { uk: /\s*р\.$/u };

/** The language the dataset is written in; translations of its texts are keyed by the English. */
export const CONTENT_LANG = 'en';

/** Catalogues loaded so far (English is always there; the others come from catalogues.ts). */
const catalogues = new Map<Lang, Messages>([['en', en]]);

export function registerMessages(lang: Lang, messages: Messages): void {
  catalogues.set(lang, messages);
}

/** The catalogue of a loaded language (English until `loadLanguage` has brought the others in). */
export function messagesFor(lang: Lang): Messages {
  return catalogues.get(lang) ?? en;
}

export function hasMessages(lang: Lang): boolean {
  return catalogues.has(lang);
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export function intlLocale(lang: Lang): string {
  return INTL_LOCALE[lang];
}

/** The first of the reader's browser languages we have ("de-AT" → de), or English. */
export function preferredLang(browserLanguages: readonly string[] | undefined): Lang {
  for (const tag of browserLanguages ?? []) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLang(base)) return base;
  }
  return 'en';
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

const parseDay = (iso: string): number =>
  Date.parse(`${iso.length === 7 ? `${iso}-01` : iso.slice(0, 10)}T00:00:00Z`);

/** "1 June 2024" ("1 червня 2024"): what the slider speaks and the page prints. ISO dates are read as UTC days. */
export function formatDate(iso: string, lang: Lang, style: 'long' | 'short' | 'month' = 'long'): string {
  // A month-only date ('2025-10') is shown as a month, never as its first day.
  if (/^\d{4}-\d{2}$/.test(iso)) style = 'month';
  const ms = parseDay(iso);
  if (Number.isNaN(ms)) return iso;
  const text = formatter(lang, style).format(ms);
  const suffix = DATE_SUFFIX[lang];
  return suffix ? text.replace(suffix, '') : text;
}

/** A span of days in the locale's own way ("3–5 June 2024", "3.–5. Juni 2024"). */
export function formatDateRange(from: string, to: string, lang: Lang): string {
  const a = parseDay(from);
  const b = parseDay(to);
  if (Number.isNaN(a) || Number.isNaN(b)) return `${from} – ${to}`;
  const text = formatter(lang, 'short').formatRange(a, b);
  const suffix = DATE_SUFFIX[lang];
  return suffix ? text.replace(suffix, '') : text;
}

/** A number in the locale's digits and separators ("1,920" / "1 920" / "1.920"). */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang]).format(n);
}

/** The plural category of `n` in `lang` (Ukrainian: one/few/many/other). */
export function pluralCategory(n: number, lang: Lang): Intl.LDMLPluralRule {
  return new Intl.PluralRules(INTL_LOCALE[lang]).select(n);
}
