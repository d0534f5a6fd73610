import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTranslations, exportTable } from '../../../scripts/data/i18n/check-translations';
import { readTranslations } from '../../../scripts/data/i18n/translations';
import { textSites } from '../../../scripts/data/i18n/fields';
import { formatError, loadDataset } from '../../../scripts/data/load-dataset';
import type { TextSite } from '../../../scripts/data/i18n/fields';

const site = (text: string, extra: Partial<TextSite> = {}): TextSite => ({
  file: 'events/',
  record: 'event "e1"',
  field: 'title',
  text,
  ...extra,
});

/** A data/i18n folder with the given files. */
function i18nDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const pairs = (lang: string, entries: [string, string][]) =>
  entries.map(([en, tr]) => `- en: ${JSON.stringify(en)}\n  ${lang}: ${JSON.stringify(tr)}\n`).join('');

const complete = (entries: [string, string][]) => ({
  'uk.yaml': pairs('uk', entries),
  'de.yaml': pairs('de', entries),
  'fr.yaml': pairs('fr', entries),
  'en.yaml': '[]\n',
});

describe('check:data on translations', () => {
  it('passes when every text has a translation in every language', () => {
    const dir = i18nDir(complete([['Strike allowed', 'Tr']]));
    expect(checkTranslations(dir, [site('Strike allowed')], new Set()).errors).toEqual([]);
  });

  it('names record, field and language of a missing translation', () => {
    const dir = i18nDir({ ...complete([['Strike allowed', 'Tr']]), 'fr.yaml': '[]\n' });
    const { errors } = checkTranslations(dir, [site('Strike allowed')], new Set());
    expect(errors.map(formatError)).toEqual([
      'data/permissions/events/: event "e1": title: no fr translation of "Strike allowed" (add it to data/i18n/fr.yaml)',
    ]);
  });

  it('refuses a translation that repeats the English, unless the text is a listed proper name', () => {
    const dir = i18nDir(
      complete([
        ['Strike allowed', 'Strike allowed'],
        ['HIMARS', 'HIMARS'],
      ]),
    );
    const sites = [site('Strike allowed'), site('HIMARS', { field: 'shortName' })];
    expect(checkTranslations(dir, sites, new Set()).errors).toHaveLength(6);
    writeFileSync(join(dir, 'same-in-every-language.yaml'), '- HIMARS\n');
    const { errors } = checkTranslations(dir, sites, new Set());
    expect(errors).toHaveLength(3);
    expect(errors.every((e) => e.field === 'title' && /English text again/.test(e.message))).toBe(true);
    writeFileSync(join(dir, 'same-in-every-language.yaml'), '- HIMARS\n- Strike allowed\n');
    expect(checkTranslations(dir, sites, new Set()).errors).toEqual([]);
  });

  it('does not ask for a translation of a quote into its own language', () => {
    const dir = i18nDir({ ...complete([]), 'uk.yaml': '[]\n' });
    const quote = site('Слава Україні', { field: 'quote', quote: { lang: 'uk' } });
    const { errors } = checkTranslations(dir, [quote], new Set());
    expect(errors.map((e) => e.message.slice(0, 5))).toEqual(['no de', 'no fr', 'no en']);
  });

  it('asks for our English translation of a quote in another language, keyed by the quote', () => {
    const quote = site('Слава Україні', { field: 'quote', quote: { lang: 'uk' } });
    const others = { ...complete([['Слава Україні', 'Tr']]), 'uk.yaml': '[]\n' };
    const missing = checkTranslations(i18nDir(others), [quote], new Set()).errors.map(formatError);
    expect(missing).toEqual([
      'data/permissions/events/: event "e1": quote: no en translation of "Слава Україні" (add it to data/i18n/en.yaml)',
    ]);
    const dir = i18nDir({ ...others, 'en.yaml': '- quote: Слава Україні\n  en: Glory to Ukraine\n' });
    expect(checkTranslations(dir, [quote], new Set()).errors).toEqual([]);
    expect(readTranslations(dir, 'en').entries.get('Слава Україні')).toBe('Glory to Ukraine');
    const wrongKey = i18nDir({ 'en.yaml': '- en: Glory to Ukraine\n' });
    expect(readTranslations(wrongKey, 'en').errors.map(formatError)).toEqual([
      'data/i18n/en.yaml:1: entry #1: quote: the quote as written in the source is required',
    ]);
  });

  it('warns about unused entries but keeps those a published version needs', () => {
    const dir = i18nDir(
      complete([
        ['Old text', 'Tr'],
        ['Gone', 'Tr'],
      ]),
    );
    const report = checkTranslations(dir, [], new Set(['Old text']));
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((w) => w.file === 'data/i18n/uk.yaml').map((w) => w.message)).toEqual([
      'unused entry "Gone": no text of the current or a published data version',
    ]);
  });

  it('reports malformed entries with their line and keeps the rest', () => {
    const dir = i18nDir({ 'uk.yaml': '- en: A\n  uk: Б\n- en: C\n- en: A\n  uk: В\n  de: X\n' });
    const file = readTranslations(dir, 'uk');
    expect(file.entries.get('A')).toBe('В');
    expect(file.errors.map(formatError)).toEqual([
      'data/i18n/uk.yaml:3: entry #2: uk: the uk translation is required',
      'data/i18n/uk.yaml:4: entry #3: unexpected key de (only en and uk)',
      'data/i18n/uk.yaml:4: entry #3: en: "A" is translated twice',
    ]);
  });

  it('exports only the texts some version uses, sorted, so the bytes are stable', () => {
    const dir = i18nDir({
      'uk.yaml': pairs('uk', [
        ['b', 'Б'],
        ['a', 'А'],
        ['z', 'Я'],
      ]),
    });
    expect(exportTable(readTranslations(dir, 'uk'), new Set(['a', 'b']))).toBe('{"a":"А","b":"Б"}\n');
  });
});

describe('the field table', () => {
  it('finds the translatable texts of the real dataset, system names and outlets excluded', () => {
    const result = loadDataset(join(import.meta.dirname, '../../../data/permissions'));
    if (!result.ok) throw new Error('dataset invalid');
    const sites = textSites(result);
    const fields = new Set(sites.map((s) => `${s.file}:${s.field}`));
    for (const f of [
      'zones.yaml:name',
      'weapons.yaml:range',
      'events/:title',
      'events/:summary',
      'events/:quote',
      'transitions.yaml:condition',
      'transitions.yaml:readings[].reading',
    ])
      expect(fields, f).toContain(f);
    const texts = new Set(sites.map((s) => s.text));
    for (const outlet of result.dataset.events.flatMap((e) => e.sources.map((s) => s.outlet)))
      if (!texts.has(outlet)) continue;
      else throw new Error(`outlet name "${outlet}" is in the table`);
  });
});
