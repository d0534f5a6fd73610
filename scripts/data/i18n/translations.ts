// data/i18n/<lang>.yaml: our translations of the dataset's texts, one file per language, a list of
// `{en: <English exactly as in data/permissions>, <lang>: <translation>}` pairs. Read, checked
// against every text the field table (fields.ts) finds, and exported per language.
// data/i18n/en.yaml is the one exception: the dataset is English, so it holds only our English
// translations of the quotes written in other languages, as `{quote: <original>, en: <English>}`.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { LANGS, type Lang } from '../../../src/i18n/locale';
import { readSnapshots } from '../versions/store';
import { datasetOf } from '../versions/snapshot';
import { donorDatasetOf } from '../versions/donorParts';
import type { DataError } from '../load-dataset';
import { cellTexts, textSites, type TextInputs, type TextSite } from './fields';

/** The languages whose translations live in data/i18n (English is the dataset itself). */
export const TRANSLATED_LANGS = LANGS.filter((l): l is Exclude<Lang, 'en'> => l !== 'en');
/** The language of the dataset, whose file translates only the quotes in other languages. */
export const QUOTES_ONLY_LANG = 'en' as const satisfies Lang;

/** The key an entry's original text goes under: `en` (the dataset's English), or `quote` in en.yaml. */
export const originalKey = (lang: Lang): 'en' | 'quote' => (lang === QUOTES_ONLY_LANG ? 'quote' : 'en');
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

/** What is wrong with one entry; `keep` when the entry is still usable (an extra key). */
function entryProblem(
  entry: Record<string, unknown>,
  key: 'en' | 'quote',
  lang: Lang,
): { field?: string; message: string; keep?: boolean } | undefined {
  const original = key === 'en' ? 'the English text' : 'the quote as written in the source';
  if (typeof entry[key] !== 'string' || !entry[key].trim())
    return { field: key, message: `${original} is required` };
  if (typeof entry[lang] !== 'string' || !(entry[lang] as string).trim())
    return { field: lang, message: `the ${lang} translation is required` };
  const extra = Object.keys(entry).filter((k) => k !== key && k !== lang);
  if (extra.length)
    return { message: `unexpected key ${extra.join(', ')} (only ${key} and ${lang})`, keep: true };
  return undefined;
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
    out.errors.push({
      file,
      message: `must be a list of entries like "- ${originalKey(lang)}: …" / "  ${lang}: …"`,
    });
    return out;
  }
  const key = originalKey(lang);
  data.forEach((item: unknown, i) => {
    const node = doc.getIn([i], true) as { range?: [number, number, number] } | undefined;
    const line = node?.range ? lines.linePos(node.range[0]).line : undefined;
    const problem = entryProblem((item ?? {}) as Record<string, unknown>, key, lang);
    const at = { file, line, record: `entry #${i + 1}` };
    if (problem) {
      const { keep, ...error } = problem;
      out.errors.push({ ...at, ...error });
      if (!keep) return;
    }
    const entry = item as Record<string, string>;
    if (out.entries.has(entry[key]!))
      out.errors.push({ ...at, field: key, message: `"${entry[key]}" is translated twice` });
    out.entries.set(entry[key]!, entry[lang]!.trim());
  });
  return out;
}

export function readSameTexts(dir: string): Set<string> {
  const path = join(dir, SAME_FILE);
  if (!existsSync(path)) return new Set();
  const data = parseDocument(readFileSync(path, 'utf8')).toJS() as unknown;
  return new Set(Array.isArray(data) ? data.filter((x): x is string => typeof x === 'string') : []);
}

/**
 * The texts of every published version (data/versions/, the source of public/data/versions/), so a
 * translation a pinned version needs is kept, even in a fresh clone before anything is exported.
 */
export function publishedTexts(snapshotsDir: string): Set<string> {
  const texts = new Set<string>();
  for (const snapshot of readSnapshots(snapshotsDir)) {
    const dataset = datasetOf(snapshot);
    const parts = snapshot.donors ?? [];
    const donors = {
      registry: parts.map((p) => p.donor),
      donors: parts.map((p) => ({ dataset: donorDatasetOf(p, dataset), transitions: p.transitions })),
      events: parts.flatMap((p) => p.events),
    };
    for (const site of textSites({ dataset, transitions: cellTexts(dataset), donors })) texts.add(site.text);
  }
  return texts;
}

export { textSites, type TextInputs, type TextSite };
