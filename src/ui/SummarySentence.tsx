import { useApp, useMessages } from './storeContext';
import { selectSentence } from '../store/selectors';

/**
 * One short sentence per date in a polite live region: screen readers hear each change without
 * being interrupted mid-drag, and sighted users get the gist without reading the map.
 */
export function SummarySentence() {
  const { t } = useMessages();
  const sentence = useApp(selectSentence);
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
