import { CONTENT_LANG, type Lang } from './locale';

/**
 * Translations of the dataset's texts (titles, summaries, notes, conditions, quotes…), one file
 * per language: public/data/i18n/<lang>.json, English text → translation, written by
 * `npm run export:data` from data/i18n/<lang>.yaml. Keyed by the English, so a pinned older data
 * version finds every text that has not changed since, and shows the rest in English. English's
 * own table holds only our translations of the quotes written in other languages.
 */
export type DataTextTable = Readonly<Record<string, string>>;

const tables = new Map<Lang, DataTextTable>();

/** Loads (once) a language's data texts; a failure leaves English in place (marked as such). */
export async function loadDataTexts(
  lang: Lang,
  resolve: (path: string) => string,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  if (tables.has(lang)) return;
  const url = resolve(`data/i18n/${lang}.json`);
  try {
    const response = await fetchImpl(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    const table = (await response.json()) as unknown;
    if (!table || typeof table !== 'object' || Array.isArray(table)) throw new Error(`${url} is not a table`);
    tables.set(lang, table as DataTextTable);
  } catch (error) {
    console.warn(
      `Translations of the data texts could not be loaded; showing them in English. ${String(error)}`,
    );
  }
}

export function setDataTexts(lang: Lang, table: DataTextTable): void {
  tables.set(lang, table);
}

/** How the UI shows one dataset text in the reader's language. */
export interface Localizer {
  /** The translation of an English dataset text, or the English when there is none. */
  text(english: string): string;
  /** `lang` for the element showing `text(english)`: 'en' when it fell back to English, else none. */
  langOf(english: string): string | undefined;
  /** Our translation of a quote written in `quoteLang`, or undefined (same language, or none yet). */
  quoteTranslation(quote: string, quoteLang: string): string | undefined;
}

const localizers = new Map<Lang, Localizer>();

function makeLocalizer(lang: Lang): Localizer {
  const table = (): DataTextTable | undefined => tables.get(lang);
  const has = (english: string) => Object.hasOwn(table() ?? {}, english);
  return {
    text: (english) => (has(english) ? table()![english]! : english),
    langOf: (english) => (lang === CONTENT_LANG || has(english) ? undefined : CONTENT_LANG),
    quoteTranslation: (quote, quoteLang) => (quoteLang === lang || !has(quote) ? undefined : table()![quote]),
  };
}

/** The one way the UI turns a dataset text into the reader's language. */
export function localizerFor(lang: Lang): Localizer {
  let l = localizers.get(lang);
  if (!l) {
    l = makeLocalizer(lang);
    localizers.set(lang, l);
  }
  return l;
}
