import { useMemo } from 'react';
import { formatDate } from '../../i18n/locale';
import { readyCompareDatasets } from '../../store/compareSlice';
import { useApp, useMessages } from '../storeContext';

/** Presenting a comparison: "May 2024: who allowed what", and the compared donors' events of the day. */
export function ComparePresentation() {
  const { t, lang, loc } = useMessages();
  const date = useApp((s) => s.date);
  const datasets = useApp(readyCompareDatasets);
  const events = useMemo(() => {
    const seen = new Map(
      datasets.flatMap((d) => d.events.filter((e) => e.date === date).map((e) => [e.id, e])),
    );
    return [...seen.values()];
  }, [datasets, date]);
  return (
    <>
      <p className="presentation__caption" data-testid="compare-caption">
        {t.compare.presentCaption(formatDate(date, lang, 'month'))}
      </p>
      {events.length > 0 && (
        <ul className="presentation__events">
          {events.map((e) => (
            <li key={e.id} lang={loc.langOf(e.title)}>
              {loc.text(e.title)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
