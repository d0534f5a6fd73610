// The checks `npm run check:data` runs on data/i18n: every translatable text has a translation in
// every language, none is just the English again (unless it is a proper name), no entry is unused;
// every quote in another language has our English translation.

import type { DataError } from '../load-dataset';
import {
  QUOTES_ONLY_LANG,
  readSameTexts,
  readTranslations,
  TRANSLATED_LANGS,
  type TranslationFile,
} from './translations';
import type { TextSite } from './fields';

export interface TranslationReport {
  errors: DataError[];
  /** Entries no current or published text uses: harmless, but worth deleting. */
  warnings: DataError[];
  files: TranslationFile[];
}

function siteError(site: TextSite, message: string): DataError {
  return { file: `data/permissions/${site.file}`, record: site.record, field: site.field, message };
}

const short = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

/** The first occurrence of each text (one message per text and language, not one per place). */
function uniqueSites(sites: TextSite[]): TextSite[] {
  const seen = new Map<string, TextSite>();
  for (const site of sites) if (!seen.has(site.text)) seen.set(site.text, site);
  return [...seen.values()];
}

function checkLanguage(file: TranslationFile, sites: TextSite[], same: Set<string>): DataError[] {
  const { lang, entries } = file;
  const errors: DataError[] = [];
  for (const site of sites) {
    if (site.quote?.lang === lang) continue;
    const translation = entries.get(site.text);
    if (translation === undefined)
      errors.push(
        siteError(site, `no ${lang} translation of "${short(site.text)}" (add it to ${file.file})`),
      );
    else if (translation === site.text && !same.has(site.text))
      errors.push(
        siteError(
          site,
          `the ${lang} translation in ${file.file} is the English text again; translate it, or list it in data/i18n/same-in-every-language.yaml if it is a proper name`,
        ),
      );
  }
  return errors;
}

export function checkTranslations(i18nDir: string, sites: TextSite[], keep: Set<string>): TranslationReport {
  const same = readSameTexts(i18nDir);
  const unique = uniqueSites(sites);
  const used = new Set([...unique.map((s) => s.text), ...keep]);
  const report: TranslationReport = { errors: [], warnings: [], files: [] };
  // English readers need only our translations of the quotes written in other languages.
  const foreignQuotes = unique.filter((s) => s.quote && s.quote.lang !== QUOTES_ONLY_LANG);
  for (const lang of [...TRANSLATED_LANGS, QUOTES_ONLY_LANG]) {
    const file = readTranslations(i18nDir, lang);
    report.files.push(file);
    report.errors.push(...file.errors);
    if (file.errors.some((e) => e.message.startsWith('file is missing'))) continue;
    report.errors.push(...checkLanguage(file, lang === QUOTES_ONLY_LANG ? foreignQuotes : unique, same));
    for (const english of file.entries.keys())
      if (!used.has(english))
        report.warnings.push({
          file: file.file,
          message: `unused entry "${short(english)}": no text of the current or a published data version`,
        });
  }
  return report;
}

/** public/data/i18n/<lang>.json: English → translation, only for texts some version uses, sorted. */
export function exportTable(file: TranslationFile, used: Set<string>): string {
  const pairs = [...file.entries]
    .filter(([english]) => used.has(english))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `${JSON.stringify(Object.fromEntries(pairs))}\n`;
}
