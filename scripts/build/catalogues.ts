// Every language's catalogue, statically: build plugins write texts in all languages at once,
// while the app loads only the reader's (src/i18n/catalogues.ts).
import { en, type Messages } from '../../src/i18n/messages/en.ts';
import { uk } from '../../src/i18n/messages/uk.ts';
import { de } from '../../src/i18n/messages/de.ts';
import { fr } from '../../src/i18n/messages/fr.ts';
import type { Lang } from '../../src/i18n/locale.ts';

export const CATALOGUES: Record<Lang, Messages> = { en, uk, de, fr };

export function buildMessages(lang: Lang): Messages {
  return CATALOGUES[lang];
}
