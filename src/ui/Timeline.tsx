import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { TIMELINE_START } from '../domain/ids';
import { addDays, daysBetween, isIsoDate } from '../domain/dates';
import { formatDate } from '../i18n/locale';
import { selectPolicyEvents } from '../store/selectors';
import { useApp, useAppStore, useMessages } from './storeContext';
import { Icon } from './Icon';

/** The date slider with its change buttons, play/pause and (unless compact) typed date entry. */
export function Timeline({ compact = false }: { compact?: boolean }) {
  const store = useAppStore();
  const { t, lang, loc } = useMessages();
  const date = useApp((s) => s.date);
  const today = useApp((s) => s.today);
  const playing = useApp((s) => s.playing);
  const dataset = useApp((s) => s.dataset);
  const events = useApp(selectPolicyEvents);
  const track = useRef<HTMLDivElement>(null);
  const [typed, setTyped] = useState<string | null>(null);
  const [typedError, setTypedError] = useState(false);

  const totalDays = Math.max(1, daysBetween(TIMELINE_START, today));
  const dayIndex = daysBetween(TIMELINE_START, date);
  const percent = (d: string) => (daysBetween(TIMELINE_START, d) / totalDays) * 100;
  const reviewedThrough = dataset?.reviewedThrough ?? today;
  const beyondReview = date > reviewedThrough;
  const eventsToday = useMemo(() => events.filter((e) => e.date === date), [events, date]);

  const marks = useMemo(() => {
    const byDate = new Map<string, string[]>();
    for (const e of events) byDate.set(e.date, [...(byDate.get(e.date) ?? []), loc.text(e.title)]);
    return [...byDate.entries()];
  }, [events, loc]);

  // The marks change only when the current event changes, not on every slider tick.
  const currentMark = marks.some(([markDate]) => markDate === date) ? date : null;
  const markElements = useMemo(
    () =>
      marks.map(([markDate, titles]) => (
        <span
          key={markDate}
          className={`timeline__mark${markDate === currentMark ? ' timeline__mark--current' : ''}`}
          style={{ left: `${(daysBetween(TIMELINE_START, markDate) / totalDays) * 100}%` }}
          title={t.eventMarkLabel(formatDate(markDate, lang, 'short'), titles.join(' · '))}
          data-date={markDate}
        />
      )),
    [marks, currentMark, totalDays, t, lang],
  );

  const dateAtPointer = useCallback(
    (clientX: number) => {
      const rect = track.current?.getBoundingClientRect();
      if (!rect || rect.width === 0) return date;
      const ratio = Math.min(1, Math.max(0, (clientX - rect.left) / rect.width));
      return addDays(TIMELINE_START, Math.round(ratio * totalDays));
    },
    [date, totalDays],
  );

  const pendingX = useRef<number | null>(null);
  const frame = useRef<number | null>(null);
  // Pointer moves can outpace frames; apply at most one date per frame.
  const scheduleMove = (clientX: number) => {
    pendingX.current = clientX;
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      if (pendingX.current !== null) store.getState().setDate(dateAtPointer(pendingX.current));
    });
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    // No text selection or native drag-and-drop: either would cancel the pointer mid-drag.
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    (event.currentTarget.querySelector('[role="slider"]') as HTMLElement | null)?.focus();
    store.getState().setPlaying(false);
    store.getState().setDate(dateAtPointer(event.clientX));
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) scheduleMove(event.clientX);
  };
  // The release point is where the user meant to stop: apply it now rather than on the next frame.
  const endDrag = (event: PointerEvent<HTMLDivElement>, apply: boolean) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    event.currentTarget.releasePointerCapture(event.pointerId);
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    pendingX.current = null;
    if (apply) store.getState().setDate(dateAtPointer(event.clientX));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => endDrag(event, true);
  // A cancelled pointer (the browser took over the gesture) keeps the date reached so far.
  const onPointerCancel = (event: PointerEvent<HTMLDivElement>) => endDrag(event, false);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const s = store.getState();
    const actions: Record<string, () => void> = {
      ArrowLeft: () => s.shiftDays(-1),
      ArrowDown: () => s.shiftDays(-1),
      ArrowRight: () => s.shiftDays(1),
      ArrowUp: () => s.shiftDays(1),
      PageUp: () => s.shiftMonths(1),
      PageDown: () => s.shiftMonths(-1),
      Home: () => s.goToStart(),
      End: () => s.goToEnd(),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    s.setPlaying(false);
    action();
  };

  const submitTyped = (value: string) => {
    if (isIsoDate(value) && value >= TIMELINE_START && value <= today) {
      setTypedError(false);
      setTyped(null);
      store.getState().setPlaying(false);
      store.getState().setDate(value);
    } else {
      setTypedError(true);
    }
  };

  const valueText = formatDate(date, lang);

  return (
    <section
      className={`timeline${compact ? ' timeline--compact' : ''}`}
      aria-label={t.timelineRegion}
      id="timeline"
    >
      <div className="timeline__top">
        <p className="timeline__date" aria-hidden="true">
          {valueText}
        </p>
        <div className="timeline__buttons">
          <button
            type="button"
            className="icon-button"
            onClick={() => store.getState().goToPreviousChange()}
            aria-label={t.previousChange}
            title={t.previousChange}
          >
            <Icon name="previous" />
          </button>
          <button
            type="button"
            className="icon-button icon-button--primary"
            onClick={() => store.getState().setPlaying(!playing)}
            aria-label={playing ? t.pause : date >= today ? t.replay : t.play}
            title={playing ? t.pause : date >= today ? t.replay : t.play}
            data-testid="play"
          >
            <Icon name={playing ? 'pause' : date >= today ? 'replay' : 'play'} />
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => store.getState().goToNextChange()}
            aria-label={t.nextChange}
            title={t.nextChange}
          >
            <Icon name="next" />
          </button>
        </div>
        {!compact && (
          <form
            className="timeline__typed"
            onSubmit={(e) => {
              e.preventDefault();
              submitTyped(typed ?? date);
            }}
          >
            <label htmlFor="timeline-date-input">{t.dateInputLabel}</label>
            <input
              id="timeline-date-input"
              type="date"
              min={TIMELINE_START}
              max={today}
              value={typed ?? date}
              aria-invalid={typedError}
              aria-describedby={typedError ? 'timeline-date-error' : undefined}
              onChange={(e) => {
                setTyped(e.target.value);
                if (isIsoDate(e.target.value)) submitTyped(e.target.value);
              }}
              onBlur={() => setTyped(null)}
            />
            {typedError && (
              <span id="timeline-date-error" className="timeline__error" role="alert">
                {t.dateInputInvalid(formatDate(TIMELINE_START, lang), formatDate(today, lang))}
              </span>
            )}
          </form>
        )}
      </div>

      <div
        className="timeline__track-area"
        ref={track}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
        data-testid="slider-track"
      >
        <div className="timeline__track" aria-hidden="true">
          {reviewedThrough < today && (
            <div
              className="timeline__beyond"
              style={{ left: `${percent(reviewedThrough)}%`, right: 0 }}
              title={t.reviewedThrough(formatDate(reviewedThrough, lang))}
            />
          )}
          <div className="timeline__fill" style={{ width: `${percent(date)}%` }} />
          {markElements}
        </div>
        <div
          className="timeline__thumb"
          role="slider"
          tabIndex={0}
          aria-label={t.sliderLabel}
          aria-valuemin={0}
          aria-valuemax={totalDays}
          aria-valuenow={dayIndex}
          aria-valuetext={valueText}
          aria-describedby="timeline-thumb-note"
          style={{ left: `${percent(date)}%` }}
          onKeyDown={onKeyDown}
          data-testid="slider"
        />
      </div>
      <div className="timeline__scale" aria-hidden="true">
        <span>{formatDate(TIMELINE_START, lang, 'month')}</span>
        <span>{formatDate(today, lang, 'month')}</span>
      </div>
      <p
        id="timeline-thumb-note"
        className="timeline__note"
        lang={eventsToday.length > 0 ? loc.langOf(eventsToday[0]!.title) : undefined}
      >
        {eventsToday.length > 0
          ? eventsToday.map((e) => loc.text(e.title)).join(' · ')
          : beyondReview
            ? t.beyondReview(formatDate(reviewedThrough, lang))
            : t.reviewedThrough(formatDate(reviewedThrough, lang))}
      </p>
    </section>
  );
}
