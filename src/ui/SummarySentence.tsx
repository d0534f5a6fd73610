import { useMemo } from 'react';
import { useApp, useMessages } from './storeContext';
import { describeDate } from '../app/describeDate';

/**
 * One short sentence per date in a polite live region: screen readers hear each change without
 * being interrupted mid-drag, and sighted users get the gist without reading the map.
 */
export function SummarySentence() {
  const { t, lang } = useMessages();
  const engine = useApp((s) => s.engine);
  const epochIndex = useApp((s) => s.epochIndex);
  const date = useApp((s) => s.date);
  const epoch = engine?.epochs[epochIndex];
  const weapons = useMemo(() => engine?.dataset.weapons.filter((w) => w.inSummary).map((w) => w.id) ?? [], [engine]);
  const sentence = useMemo(() => (epoch ? describeDate(date, epoch, t, lang, weapons) : ''), [date, epoch, t, lang, weapons]);
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="visually-hidden">
        {t.summaryTitle}
      </h2>
      <p className="summary__text" aria-live="polite" aria-atomic="true" data-testid="summary">
        {sentence}
      </p>
    </section>
  );
}
