import { formatDate, messagesFor } from '../i18n/locale';
import type { AppStore } from '../store/appStore';
import { selectZoneStatuses } from '../store/selectors';
import { paintPicture } from './picture';

/**
 * Keeps the zone picture on the store's statuses, date and caption: the map without WebGL2, and
 * the prerendered picture over the map until MapLibre's first coloured frame (a donor's link, or a
 * slider moved before the map has drawn, must not leave the URL's first reading on screen).
 * `outline`: the country borders, for the no-WebGL map (paintPicture). Returns the unsubscribe.
 */
export function followPicture(
  picture: HTMLElement,
  store: AppStore,
  theme: 'light' | 'dark',
  { outline }: { outline: boolean },
): () => void {
  let last: ReturnType<typeof selectZoneStatuses> = null;
  let lastDay = '';
  const caption = picture.querySelector('#zone-picture-caption');
  const svg = picture.querySelector('svg');
  const paint = () => {
    const s = store.getState();
    const statuses = selectZoneStatuses(s);
    if (statuses && statuses !== last) paintPicture(picture, statuses, theme, outline);
    last = statuses;
    // Every store change arrives here: the date and caption are written only when they change.
    const day = `${s.date} ${s.lang}`;
    if (!statuses || day === lastDay) return;
    lastDay = day;
    // The day the picture shows, as the inline script marks it (tests and tools read it).
    svg?.setAttribute('data-date', s.date);
    if (caption) caption.textContent = messagesFor(s.lang).webglStaticAlt(formatDate(s.date, s.lang));
  };
  paint();
  return store.subscribe(paint);
}
