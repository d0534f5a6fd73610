// data/i18n/<lang>.yaml: our translations of the dataset's texts, one file per language, a list of
// `{en: <English exactly as in data/permissions>, <lang>: <translation>}` pairs. Read, checked
// against every text the field table (fields.ts) finds, and exported per language.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { LANGS, type Lang } from '../../../src/i18n/locale';
import type { PermissionsDataset } from '../../../src/domain/types';
import type { DataError } from '../load-dataset';
import { cellTexts, textSites, type TextInputs, type TextSite } from './fields';

/** The languages whose translations live in data/i18n (English is the dataset itself). */
export const TRANSLATED_LANGS = LANGS.filter((l): l is Exclude<Lang, 'en'> => l !== 'en');
/** English texts that are the same in every language (proper names, system designations). */
export const SAME_FILE = 'same-in-every-language.yaml';

export interface TranslationFile {
  lang: Lang;
  file: string;
  entries: Map<string, string>;
  errors: DataError[];
}

function parseYaml(path: string, file: string, errors: DataError[]) {
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, uniqueKeys: true });
  for (const err of doc.errors)
    errors.push({
      file,
      line: lines.linePos(err.pos[0]).line,
      message: `YAML syntax: ${err.message.split('\n')[0]}`,
    });
  return { data: doc.errors.length ? null : (doc.toJS() as unknown), doc, lines };
}

/** Reads one language's file; every malformed entry is reported with its line and nothing else is lost. */
export function readTranslations(dir: string, lang: Lang): TranslationFile {
  const file = `data/i18n/${lang}.yaml`;
  const out: TranslationFile = { lang, file, entries: new Map(), errors: [] };
  const path = join(dir, `${lang}.yaml`);
  if (!existsSync(path)) {
    out.errors.push({ file, message: `file is missing (every language in LANGS needs one)` });
    return out;
  }
  const { data, doc, lines } = parseYaml(path, file, out.errors);
  if (data === null) return out;
  if (!Array.isArray(data)) {
    out.errors.push({ file, message: `must be a list of entries like "- en: …" / "  ${lang}: …"` });
    return out;
  }
  data.forEach((item: unknown, i) => {
    const node = doc.getIn([i], true) as { range?: [number, number, number] } | undefined;
    const line = node?.range ? lines.linePos(node.range[0]).line : undefined;
    const record = `entry #${i + 1}`;
    const entry = (item ?? {}) as Record<string, unknown>;
    const extra = Object.keys(entry).filter((k) => k !== 'en' && k !== lang);
    if (typeof entry.en !== 'string' || !entry.en.trim())
      return out.errors.push({ file, line, record, field: 'en', message: 'the English text is required' });
    if (typeof entry[lang] !== 'string' || !(entry[lang] as string).trim())
      return out.errors.push({
        file,
        line,
        record,
        field: lang,
        message: `the ${lang} translation is required`,
      });
    if (extra.length)
      out.errors.push({
        file,
        line,
        record,
        message: `unexpected key ${extra.join(', ')} (only en and ${lang})`,
      });
    if (out.entries.has(entry.en))
      out.errors.push({ file, line, record, field: 'en', message: `"${entry.en}" is translated twice` });
    out.entries.set(entry.en, (entry[lang] as string).trim());
  });
  return out;
}

export function readSameTexts(dir: string): Set<string> {
  const path = join(dir, SAME_FILE);
  if (!existsSync(path)) return new Set();
  const data = parseDocument(readFileSync(path, 'utf8')).toJS() as unknown;
  return new Set(Array.isArray(data) ? data.filter((x): x is string => typeof x === 'string') : []);
}

/** The texts of every published version, so a translation a pinned version needs is kept. */
export function publishedTexts(versionsDir: string): Set<string> {
  const texts = new Set<string>();
  if (!existsSync(versionsDir)) return texts;
  for (const name of readdirSync(versionsDir)) {
    const path = join(versionsDir, name, 'permissions.json');
    if (!existsSync(path)) continue;
    const dataset = JSON.parse(readFileSync(path, 'utf8')) as PermissionsDataset;
    for (const site of textSites({ dataset, transitions: cellTexts(dataset) })) texts.add(site.text);
  }
  return texts;
}

export { textSites, type TextInputs, type TextSite };
