// Shared by check-data.ts and export-data.ts: the translation report for a loaded dataset.

import { join } from 'node:path';
import type { PermissionsDataset, Transition } from '../../../src/domain/types';
import { formatError, type DataError } from '../load-dataset';
import { checkTranslations, type TranslationReport } from './check-translations';
import { publishedTexts, textSites } from './translations';
import { loadReachData } from '../sites/reachData';
import { readSnapshots } from '../versions/store';
import type { DonorTexts, TextInputs } from './fields';

/** Sites, ranges and version change lines: data texts kept beside the permissions. */
function extraInputs(root: string): Pick<TextInputs, 'sites' | 'ranges' | 'versionChanges'> {
  const reach = loadReachData({ root });
  const versionChanges = readSnapshots(join(root, 'data', 'versions')).flatMap((s) =>
    s.changes.map((line) => ({ version: s.version, line })),
  );
  if (!reach.ok) return { versionChanges };
  const ranges = Object.entries(reach.ranges).flatMap(([weapon, list]) =>
    list.map((range) => ({ weapon, range })),
  );
  return { sites: reach.sites, ranges, versionChanges };
}

export interface TranslationRun extends TranslationReport {
  /** Every text the current data or a published version uses. */
  used: Set<string>;
}

export function runTranslations(
  root: string,
  loaded: { dataset: PermissionsDataset; transitions: Transition[] },
  /** The donor comparison (data/donors/): its texts are required like the US ones. */
  donors?: DonorTexts,
): TranslationRun {
  const extra = extraInputs(root);
  const all = textSites({ ...loaded, ...extra, ...(donors ? { donors } : {}) });
  const keep = publishedTexts(join(root, 'data', 'versions'));
  const report = checkTranslations(join(root, 'data', 'i18n'), all, keep);
  return { ...report, used: new Set([...all.map((s) => s.text), ...keep]) };
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
