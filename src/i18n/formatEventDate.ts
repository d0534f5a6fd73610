import type { PolicyEvent } from '../domain/types';
import { formatDate, type Lang } from './locale';
import type { Messages } from './messages/en';

/** An event's date as precisely as it is known: "May 2025", "about 1 Feb 2024", "17 Nov 2024". */
export function formatEventDate(
  event: Pick<PolicyEvent, 'date' | 'datePrecision' | 'dateEnd'>,
  lang: Lang,
  t: Messages,
): string {
  if (event.datePrecision === 'month') return t.eventDate['month']!(formatDate(event.date, lang, 'month'));
  const day = formatDate(event.date, lang, 'short');
  const span =
    event.dateEnd && event.dateEnd !== event.date
      ? `${day} – ${formatDate(event.dateEnd, lang, 'short')}`
      : day;
  return (t.eventDate[event.datePrecision] ?? t.eventDate['day']!)(span);
}
