import { memo, useMemo, useRef } from 'react';
import type { TimelineModel } from '../../domain/timeline';
import { formatDate, type Lang } from '../../i18n/locale';
import type { Messages } from '../../i18n/messages/en';
import type { Localizer } from '../../i18n/dataTexts';
import { selectEventsOfDay } from '../../store/selectors';
import { useApp, useAppStore, useMessages } from '../storeContext';
import { sliderKeyHandler } from './sliderKeys';
import { useSliderDrag } from './useSliderDrag';

const percent = (position: number) => `${position * 100}%`;

interface MarksProps {
  model: TimelineModel;
  current: string | null;
  t: Messages;
  lang: Lang;
  loc: Localizer;
}

/** One mark per event day; re-rendered only when the current event day changes, not on every tick. */
const TrackMarks = memo(function TrackMarks({ model, current, t, lang, loc }: MarksProps) {
  return model.marks.map((mark) => (
    <span
      key={mark.date}
      className={`timeline__mark${mark.date === current ? ' timeline__mark--current' : ''}`}
      style={{ left: percent(mark.position) }}
      title={t.eventMarkLabel(
        formatDate(mark.date, lang, 'short'),
        mark.events.map((e) => loc.text(e.title)).join(' · '),
      )}
      data-date={mark.date}
    />
  ));
});

/** The track: the beyond-review stretch, the fill, the event marks and the thumb (the ARIA slider). */
export function TimelineTrack({ model }: { model: TimelineModel }) {
  const store = useAppStore();
  const { t, lang, loc } = useMessages();
  const date = useApp((s) => s.date);
  const currentMark = useApp((s) => (selectEventsOfDay(s).length > 0 ? s.date : null));
  const track = useRef<HTMLDivElement>(null);
  const drag = useSliderDrag(track, model, store);
  const onKeyDown = useMemo(() => sliderKeyHandler(store), [store]);
  const beyond = model.beyondReview;
  const position = percent(model.positionOf(date));

  return (
    <div className="timeline__track-area" ref={track} {...drag} data-testid="slider-track">
      <div className="timeline__track" aria-hidden="true">
        {beyond && (
          <div
            className="timeline__beyond"
            style={{ left: percent(beyond.position), right: 0 }}
            title={t.reviewedThrough(formatDate(beyond.from, lang))}
          />
        )}
        <div className="timeline__fill" style={{ width: position }} />
        <TrackMarks model={model} current={currentMark} t={t} lang={lang} loc={loc} />
      </div>
      <div
        className="timeline__thumb"
        role="slider"
        tabIndex={0}
        aria-label={t.sliderLabel}
        aria-valuemin={0}
        aria-valuemax={model.totalDays}
        aria-valuenow={model.dayOf(date)}
        aria-valuetext={formatDate(date, lang)}
        aria-describedby="timeline-thumb-note"
        style={{ left: position }}
        onKeyDown={onKeyDown}
        data-testid="slider"
      />
    </div>
  );
}
