import { describe, expect, it } from 'vitest';
import { loadDataTexts, localizerFor, setDataTexts } from '../../../src/i18n/dataTexts';

describe('localize: dataset texts in the reader language', () => {
  setDataTexts('de', {
    'counter-fire only': 'nur Gegenfeuer',
    'Crimea is Ukraine.': 'Die Krim ist die Ukraine.',
  });
  const de = localizerFor('de');

  it('gives the translation, unmarked', () => {
    expect(de.text('counter-fire only')).toBe('nur Gegenfeuer');
    expect(de.langOf('counter-fire only')).toBeUndefined();
  });

  it('falls back to the English for a text it lacks (an older pinned version), marked lang="en"', () => {
    expect(de.text('a text from an older version')).toBe('a text from an older version');
    expect(de.langOf('a text from an older version')).toBe('en');
  });

  it('leaves English pages alone', () => {
    expect(localizerFor('en').text('counter-fire only')).toBe('counter-fire only');
    expect(localizerFor('en').langOf('counter-fire only')).toBeUndefined();
  });

  it('offers our translation of a quote only under a quote in another language', () => {
    expect(de.quoteTranslation('Crimea is Ukraine.', 'en')).toBe('Die Krim ist die Ukraine.');
    expect(de.quoteTranslation('Crimea is Ukraine.', 'de')).toBeUndefined();
    expect(de.quoteTranslation('never translated', 'en')).toBeUndefined();
  });

  it('keeps English, without throwing, when the texts file cannot be loaded', async () => {
    const failing = (async () => new Response('nope', { status: 404 })) as typeof fetch;
    await expect(loadDataTexts('fr', (p) => `http://x/${p}`, failing)).resolves.toBeUndefined();
    expect(localizerFor('fr').text('counter-fire only')).toBe('counter-fire only');
    expect(localizerFor('fr').langOf('counter-fire only')).toBe('en');
  });

  it('loads a language file once and uses it', async () => {
    let calls = 0;
    const ok = (async () => {
      calls++;
      return new Response(JSON.stringify({ Limited: 'Обмежено' }), { status: 200 });
    }) as typeof fetch;
    await loadDataTexts('uk', (p) => `http://x/${p}`, ok);
    await loadDataTexts('uk', (p) => `http://x/${p}`, ok);
    expect(calls).toBe(1);
    expect(localizerFor('uk').text('Limited')).toBe('Обмежено');
  });
});

describe('city labels', () => {
  it('use each language’s form, Ukrainian forms of Ukrainian names', async () => {
    const { cityLabelsFor } = await import('../../../src/map/labels');
    const name = (lang: 'en' | 'uk' | 'de' | 'fr', id: string) =>
      cityLabelsFor(lang).find((c) => c.id === id)?.name;
    expect(['en', 'uk', 'de', 'fr'].map((l) => name(l as 'en', 'kyiv'))).toEqual([
      'Kyiv',
      'Київ',
      'Kyjiw',
      'Kyiv',
    ]);
    expect(['en', 'uk', 'de', 'fr'].map((l) => name(l as 'en', 'kharkiv'))).toEqual([
      'Kharkiv',
      'Харків',
      'Charkiw',
      'Kharkiv',
    ]);
    expect(['de', 'fr'].map((l) => name(l as 'en', 'odesa'))).toEqual(['Odesa', 'Odesa']);
    expect(name('de', 'moscow')).toBe('Moskau');
    for (const lang of ['de', 'fr'] as const)
      expect(cityLabelsFor(lang).every((c) => c.name !== c.id)).toBe(true);
  });
});
