// The inline script writes the picture's date without Intl (its first use delayed the first
// paint); it must read exactly as the app's own date, which takes over the caption later.
import { describe, expect, it } from 'vitest';
import { pictureDateFormat } from '../../../scripts/build/pictureTable';
import { pictureDateText, pictureLang } from '../../../src/map/pictureScript';
import { formatDate, LANGS } from '../../../src/i18n/locale';

const DAYS = [
  '2022-02-24',
  '2022-05-01',
  '2023-01-09',
  '2024-06-30',
  '2024-11-17',
  '2025-08-01',
  '2026-12-02',
];
const EVERY_MONTH = Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}-1${m % 10}`);

describe('the picture’s date, without Intl', () => {
  for (const lang of LANGS)
    it(`reads as the app’s formatDate in ${lang}`, () => {
      const format = pictureDateFormat(lang);
      for (const day of [...DAYS, ...EVERY_MONTH])
        expect(pictureDateText(day, format), `${lang} ${day}`).toBe(formatDate(day, lang));
    });

  it('keeps each language’s own order and month forms', () => {
    expect(pictureDateText('2024-06-01', pictureDateFormat('en'))).toBe('1 June 2024');
    expect(pictureDateText('2024-06-01', pictureDateFormat('de'))).toBe('1. Juni 2024');
    expect(pictureDateText('2024-03-16', pictureDateFormat('uk'))).toBe('16 березня 2024');
  });
});

describe('the picture’s language', () => {
  const langs = { en: 'English', uk: 'Ukrainian' };
  it('takes a language the table holds', () => expect(pictureLang(langs, 'uk')).toBe('Ukrainian'));
  it('falls back to English for none, an unknown one, or a key of Object.prototype', () => {
    for (const asked of [null, '', 'xx', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(pictureLang(langs, asked), String(asked)).toBe('English');
  });
});
