// Shared by check-data.ts and export-data.ts: the translation report for a loaded dataset.

import { join } from 'node:path';
import type { PermissionsDataset, Transition } from '../../../src/domain/types';
import { formatError, type DataError } from '../load-dataset';
import { checkTranslations, type TranslationReport } from './check-translations';
import { publishedTexts, textSites } from './translations';

export interface TranslationRun extends TranslationReport {
  /** Every text the current data or a published version uses. */
  used: Set<string>;
}

export function runTranslations(
  root: string,
  loaded: { dataset: PermissionsDataset; transitions: Transition[] },
): TranslationRun {
  const sites = textSites(loaded);
  const keep = publishedTexts(join(root, 'public', 'data', 'versions'));
  const report = checkTranslations(join(root, 'data', 'i18n'), sites, keep);
  return { ...report, used: new Set([...sites.map((s) => s.text), ...keep]) };
}

/** At most `limit` lines per file, so a language that is not yet translated does not flood the terminal. */
export function printProblems(problems: DataError[], log: (line: string) => void, limit = 40): void {
  const byFile = new Map<string, DataError[]>();
  for (const p of problems) {
    const key = /data\/i18n\/(\w+)\.yaml/.exec(`${p.file} ${p.message}`)?.[1] ?? p.file;
    byFile.set(key, [...(byFile.get(key) ?? []), p]);
  }
  for (const list of byFile.values()) {
    for (const p of list.slice(0, limit)) log(`  ${formatError(p)}`);
    if (list.length > limit) log(`  … and ${list.length - limit} more like these`);
  }
}
