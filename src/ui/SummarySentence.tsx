import { useMessages, useSettled, useSettling } from './storeContext';
import { selectSentence } from '../store/selectors';

/**
 * One short sentence per date in a polite live region, sighted users' gist without reading the
 * map. It follows the slider once it rests (src/store/settledState.ts): a screen reader hears the
 * date the reader stopped at, not a queue of every day passed, and while the date moves on the
 * region is marked busy (and shown faded) as being behind.
 */
export function SummarySentence() {
  const { t } = useMessages();
  const sentence = useSettled(selectSentence);
  const settling = useSettling();
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="visually-hidden">
        {t.summaryTitle}
      </h2>
      <p
        className="summary__text"
        aria-live="polite"
        aria-atomic="true"
        aria-busy={settling}
        data-settling={settling || undefined}
        data-testid="summary"
      >
        {sentence}
      </p>
    </section>
  );
}
