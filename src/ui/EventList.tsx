import { formatEventDate } from '../i18n/formatEventDate';
import { currentEpoch, selectEventsOfDay, selectPolicyEvents } from '../store/selectors';
import { useApp, useAppStore, useMessages, useSettled } from './storeContext';

/**
 * The changes in date order; the ones in the current epoch are marked (once the slider rests);
 * choosing one moves the slider.
 */
export function EventList() {
  const store = useAppStore();
  const { t, lang, loc } = useMessages();
  const events = useApp(selectPolicyEvents);
  const epoch = useSettled(currentEpoch);
  // Only the date when it is an event's date: the list re-renders on those days, not on every tick.
  const eventDate = useSettled((s) => (selectEventsOfDay(s).length > 0 ? s.date : null));
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title" className="panel-title">
        {t.eventListTitle}
      </h2>
      <ol>
        {events.map((event) => {
          const inEpoch = !!epoch && event.date >= epoch.from && event.date <= epoch.to;
          const isCurrent = event.date === eventDate;
          return (
            <li
              key={event.id}
              className={`event-list__item${inEpoch ? ' event-list__item--epoch' : ''}`}
              data-event={event.id}
            >
              <button
                type="button"
                className="event-list__button"
                aria-current={isCurrent ? 'date' : undefined}
                onClick={() => {
                  store.getState().setPlaying(false);
                  store.getState().setDate(event.date);
                }}
              >
                <time dateTime={event.date}>{formatEventDate(event, lang, t)}</time>
                <span className="event-list__title" lang={loc.langOf(event.title)}>
                  {loc.text(event.title)}
                </span>
                {inEpoch && <span className="badge">{t.eventListCurrent}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
