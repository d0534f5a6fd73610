import type { SentenceWords } from '../domain/sentence';
import type { Messages } from './messages/en';
import { localizerFor } from './dataTexts';
import { messagesFor, type Lang } from './locale';

const words = new WeakMap<Messages, SentenceWords>();

/**
 * The words the summary sentence is made of in a language: the catalogue's, plus the dataset's
 * conditions in translation. One object per loaded catalogue, because the sentence cache is
 * keyed by it.
 */
export function sentenceWordsFor(lang: Lang): SentenceWords {
  const t = messagesFor(lang);
  let w = words.get(t);
  if (!w) {
    w = { sentence: t.sentence, weapons: t.weapons, zones: t.zones, dataText: localizerFor(lang).text };
    words.set(t, w);
  }
  return w;
}
