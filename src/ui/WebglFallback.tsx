import { useLayoutEffect, useRef } from 'react';
import { assetUrl } from '../app/appRoot';
import { formatDate, messagesFor } from '../i18n/locale';
import { paintPicture, prerenderedPicture } from '../map/picture';
import { selectZoneStatuses } from '../store/selectors';
import { useApp, useAppStore, useMessages } from './storeContext';
import { useResolvedTheme } from './useResolvedTheme';
import { ZoneStatusList } from './ZoneStatusList';

/** The prerendered zone picture, recoloured from the store: the map for readers without WebGL2. */
function LivePicture({ picture }: { picture: HTMLElement }) {
  const store = useAppStore();
  const theme = useResolvedTheme();
  const holder = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    holder.current?.append(picture);
    let last: ReturnType<typeof selectZoneStatuses> = null;
    const caption = picture.querySelector('#zone-picture-caption');
    const paint = () => {
      const s = store.getState();
      const statuses = selectZoneStatuses(s);
      if (statuses && statuses !== last) paintPicture(picture, statuses, theme);
      last = statuses;
      if (caption) caption.textContent = messagesFor(s.lang).webglStaticAlt(formatDate(s.date, s.lang));
    };
    paint();
    return store.subscribe(paint);
  }, [picture, store, theme]);
  return <div ref={holder} className="map__picture" data-testid="zone-picture" />;
}

/**
 * Without WebGL2 the map cannot draw: say so, show the zone picture for the current date (it
 * follows the slider; on a page built without it, the screenshot made by `npm run screenshots`),
 * and give the same facts in words: the app points to its table; the embed, which has none,
 * lists each zone's status here.
 */
export function WebglFallback({ variant = 'app' }: { variant?: 'app' | 'embed' }) {
  const { t, lang } = useMessages();
  const reviewedThrough = useApp((s) => s.dataset?.reviewedThrough);
  const picture = prerenderedPicture();
  return (
    <div
      className="map map--fallback"
      role="region"
      aria-labelledby="webgl-fallback-title"
      data-testid="webgl-fallback"
    >
      <h2 id="webgl-fallback-title">{t.webglMissingTitle}</h2>
      {variant === 'app' ? (
        <p>
          {t.webglMissingBody} <a href="#status-table-title">{t.tableTitle}</a>
        </p>
      ) : (
        <>
          <p>{t.webglMissingBodyEmbed}</p>
          <ZoneStatusList />
        </>
      )}
      {picture ? (
        <LivePicture picture={picture} />
      ) : (
        <img
          src={assetUrl('static/map.png')}
          alt={reviewedThrough ? t.webglStaticAlt(formatDate(reviewedThrough, lang)) : ''}
          className="map__static"
        />
      )}
    </div>
  );
}
