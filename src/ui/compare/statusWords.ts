import type { DonorStatusId } from '../../domain/donors';
import type { Messages } from '../../i18n/messages/en';

/** A donor status in words: the US statuses' words, plus "No public statement". */
export function donorStatusLabel(t: Messages, status: DonorStatusId): string {
  return status === 'no-statement' ? t.compare.noStatement : t.statuses[status];
}
