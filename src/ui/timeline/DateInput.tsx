import { useState } from 'react';
import { isIsoDate } from '../../domain/dates';
import { isInTimeline, type TimelineModel } from '../../domain/timeline';
import { formatDate } from '../../i18n/locale';
import { useAppStore, useMessages, useSettled } from '../storeContext';

/**
 * "Go to date": a native date field; a date outside the timeline gets a message and changes nothing.
 * It shows the slider's date once the slider rests: a native date field is several boxes to lay out.
 */
export function DateInput({ model }: { model: TimelineModel }) {
  const store = useAppStore();
  const { t, lang } = useMessages();
  const date = useSettled((s) => s.date);
  const [typed, setTyped] = useState<string | null>(null);
  const [typedError, setTypedError] = useState(false);

  const submit = (value: string) => {
    if (!isInTimeline(value, model.end)) {
      setTypedError(true);
      return;
    }
    setTypedError(false);
    setTyped(null);
    store.getState().setPlaying(false);
    store.getState().setDate(value);
  };

  return (
    <form
      className="timeline__typed"
      onSubmit={(e) => {
        e.preventDefault();
        submit(typed ?? date);
      }}
    >
      <label htmlFor="timeline-date-input">{t.dateInputLabel}</label>
      <input
        id="timeline-date-input"
        type="date"
        min={model.start}
        max={model.end}
        value={typed ?? date}
        aria-invalid={typedError}
        aria-describedby={typedError ? 'timeline-date-error' : undefined}
        onChange={(e) => {
          setTyped(e.target.value);
          if (isIsoDate(e.target.value)) submit(e.target.value);
        }}
        onBlur={() => setTyped(null)}
      />
      {typedError && (
        <span id="timeline-date-error" className="timeline__error" role="alert">
          {t.dateInputInvalid(formatDate(model.start, lang), formatDate(model.end, lang))}
        </span>
      )}
    </form>
  );
}
