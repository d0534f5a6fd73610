import type { SentenceWords } from '../domain/sentence';
import type { Messages } from './messages/en';
import { localizerFor } from './dataTexts';
import { messagesFor, type Lang } from './locale';
import type { DonorId } from '../domain/donors';

const words = new WeakMap<Messages, Map<DonorId, SentenceWords>>();

/**
 * The words the summary sentence is made of in a language: the catalogue's, plus the dataset's
 * conditions in translation, with the parts that name the donor ("every supplied German weapon
 * permitted") for a donor other than the US. One object per loaded catalogue and donor, because
 * the sentence cache is keyed by it.
 */
export function sentenceWordsFor(lang: Lang, donor: DonorId = 'us'): SentenceWords {
  const t = messagesFor(lang);
  let byDonor = words.get(t);
  if (!byDonor) words.set(t, (byDonor = new Map()));
  let w = byDonor.get(donor);
  if (!w) {
    w = {
      sentence: donor === 'us' ? t.sentence : donorSentence(t, donor),
      weapons: t.weapons,
      zones: t.zones,
      dataText: localizerFor(lang).text,
    };
    byDonor.set(donor, w);
  }
  return w;
}

function donorSentence(t: Messages, donor: DonorId): SentenceWords['sentence'] {
  return {
    ...t.sentence,
    allSupplied: t.donor.allSupplied(donor),
    only: (status) => t.donor.only(donor, status),
  };
}
