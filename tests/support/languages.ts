// Every language as a reader gets it: its catalogue registered and the dataset's texts
// translated from data/i18n/<lang>.yaml (the app loads the same from the export).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { LANGS, type Lang } from '../../src/i18n/locale';
import { loadMessages } from '../../src/i18n/catalogues';
import { setDataTexts } from '../../src/i18n/dataTexts';

const dir = fileURLToPath(new URL('../../data/i18n/', import.meta.url));

function dataTexts(lang: Exclude<Lang, 'en'>): Record<string, string> {
  const pairs = parse(readFileSync(`${dir}${lang}.yaml`, 'utf8')) as Record<string, string>[];
  return Object.fromEntries(pairs.map((p) => [p['en']!, p[lang]!]));
}

/** Registers every catalogue and data-text table; await it in a beforeAll. */
export async function loadAllLanguages(): Promise<void> {
  for (const lang of LANGS) {
    await loadMessages(lang);
    if (lang !== 'en') setDataTexts(lang, dataTexts(lang));
  }
}
