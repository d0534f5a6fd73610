import { formatDate } from '../../i18n/locale';
import { selectEventsOfDay, selectTimeline } from '../../store/selectors';
import { useApp, useMessages } from '../storeContext';
import { DateInput } from './DateInput';
import { TimelineButtons } from './TimelineButtons';
import { TimelineTrack } from './TimelineTrack';

/** The date in large type; only this, the track, the date field and the note change on a tick. */
function DateLabel() {
  const { lang } = useMessages();
  const date = useApp((s) => s.date);
  return (
    <p className="timeline__date" aria-hidden="true">
      {formatDate(date, lang)}
    </p>
  );
}

/** Under the track: the day's events, or whether the day is after the sources' review date. */
function TimelineNote() {
  const { t, lang, loc } = useMessages();
  const events = useApp(selectEventsOfDay);
  const beyond = useApp((s) => selectTimeline(s)?.isBeyondReview(s.date) ?? false);
  const reviewedThrough = useApp((s) => selectTimeline(s)?.reviewedThrough ?? s.today);
  const reviewed = formatDate(reviewedThrough, lang);
  return (
    <p
      id="timeline-thumb-note"
      className="timeline__note"
      lang={events.length > 0 ? loc.langOf(events[0]!.title) : undefined}
    >
      {events.length > 0
        ? events.map((e) => loc.text(e.title)).join(' · ')
        : beyond
          ? t.beyondReview(reviewed)
          : t.reviewedThrough(reviewed)}
    </p>
  );
}

/**
 * The date slider with its change buttons, play/pause and (unless compact) typed date entry. A thin
 * view over the headless timeline model (src/domain/timeline.ts): this shell does not read the date.
 */
export function Timeline({ compact = false }: { compact?: boolean }) {
  const { t, lang } = useMessages();
  const model = useApp(selectTimeline);
  if (!model) return null;
  return (
    <section
      className={`timeline${compact ? ' timeline--compact' : ''}`}
      aria-label={t.timelineRegion}
      id="timeline"
    >
      <div className="timeline__top">
        <DateLabel />
        <TimelineButtons />
        {!compact && <DateInput model={model} />}
      </div>
      <TimelineTrack model={model} />
      <div className="timeline__scale" aria-hidden="true">
        <span>{formatDate(model.start, lang, 'month')}</span>
        <span>{formatDate(model.end, lang, 'month')}</span>
      </div>
      <TimelineNote />
    </section>
  );
}
