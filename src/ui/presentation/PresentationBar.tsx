import { useEffect } from 'react';
import { formatDate } from '../../i18n/locale';
import { useApp, useAppStore, useMessages } from '../storeContext';
import { selectEventsOfDay } from '../../store/selectors';
import { Icon } from '../Icon';
import { SummarySentence } from '../SummarySentence';
import { Legend } from '../Legend';
import { ComparePresentation } from '../compare/ComparePresentation';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p']);

/**
 * The presenter's view under the full-screen map: the date in large type, the events of that day,
 * the summary and the legend. Clickers send PageDown/PageUp; arrows and space work too; Esc ends.
 */
export function PresentationBar() {
  const store = useAppStore();
  const { t, lang } = useMessages();
  const date = useApp((s) => s.date);
  const comparing = useApp((s) => s.compare !== null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const s = store.getState();
      if (NEXT_KEYS.has(event.key)) s.stepShownChange(1);
      else if (PREVIOUS_KEYS.has(event.key)) s.stepShownChange(-1);
      else if (event.key === 'Home') s.goToStart();
      else if (event.key === 'End') s.goToEnd();
      else if (event.key === 'Escape') s.setPresenting(false);
      else return;
      event.preventDefault();
    };
    // Leaving full screen with the browser's own Esc ends the presentation too.
    const onFullscreen = () => {
      if (!document.fullscreenElement) store.getState().setPresenting(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, [store]);

  return (
    <section className="presentation" aria-label={t.presentRegion} data-testid="presentation">
      <div className="presentation__head">
        <p className="presentation__date" aria-live="polite">
          {formatDate(date, lang)}
        </p>
        <div className="presentation__buttons">
          <button
            type="button"
            className="icon-button"
            onClick={() => store.getState().stepShownChange(-1)}
            aria-label={t.presentPrevious}
            title={t.presentPrevious}
          >
            <Icon name="previous" />
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => store.getState().stepShownChange(1)}
            aria-label={t.presentNext}
            title={t.presentNext}
          >
            <Icon name="next" />
          </button>
          <button
            type="button"
            className="button"
            onClick={() => store.getState().setPresenting(false)}
            data-testid="present-exit"
          >
            {t.presentEnd}
          </button>
        </div>
      </div>
      {comparing ? <ComparePresentation /> : <SingleMapPresentation />}
      <p className="presentation__hint">{t.presentHint}</p>
    </section>
  );
}

/** The US map's events of the day, its summary and its legend. */
function SingleMapPresentation() {
  const { loc } = useMessages();
  const events = useApp(selectEventsOfDay);
  return (
    <>
      {events.length > 0 && (
        <ul className="presentation__events">
          {events.map((e) => (
            <li key={e.id} lang={loc.langOf(e.title)}>
              {loc.text(e.title)}
            </li>
          ))}
        </ul>
      )}
      <SummarySentence />
      <Legend compact />
    </>
  );
}
