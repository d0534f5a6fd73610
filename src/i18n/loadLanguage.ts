import { loadMessages } from './catalogues';
import { loadDataTexts } from './dataTexts';
import type { Lang } from './locale';

/**
 * Brings in everything a language needs before the page switches to it (its catalogue chunk and
 * its data texts, in parallel), so the page never shows a mix while one of them is on its way.
 */
export async function loadLanguage(lang: Lang, resolve: (path: string) => string): Promise<void> {
  await Promise.all([loadMessages(lang), loadDataTexts(lang, resolve)]);
}
