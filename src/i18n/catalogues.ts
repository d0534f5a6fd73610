import type { Messages } from './messages/en';
import { hasMessages, messagesFor, registerMessages, type Lang } from './locale';

/**
 * One dynamic import per language, so each becomes its own chunk and a reader downloads only the
 * catalogue of the language they read (English is in the main bundle). A fifth language is one
 * line here.
 */
const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<Messages>> = {
  uk: () => import('./messages/uk').then((m) => m.uk),
  de: () => import('./messages/de').then((m) => m.de),
  fr: () => import('./messages/fr').then((m) => m.fr),
};

/** Loads (once) and registers a language's catalogue; `messagesFor(lang)` then returns it. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  if (hasMessages(lang) || lang === 'en') return messagesFor(lang);
  const messages = await LOADERS[lang]();
  registerMessages(lang, messages);
  return messages;
}
