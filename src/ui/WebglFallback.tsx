import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { assetUrl } from '../app/appRoot';
import { formatDate } from '../i18n/locale';
import { fetchPicture, PICTURE_FILE_PATH, prerenderedPicture } from '../map/picture';
import { followPicture } from '../map/followPicture';
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
    return followPicture(picture, store, theme, { outline: true });
  }, [picture, store, theme]);
  return <div ref={holder} className="map__picture" data-testid="zone-picture" />;
}

/**
 * The picture to colour: the page's own (the app's shell), else its file, fetched once (the embed):
 * 'loading' until then, null if it cannot be had (a page built without it, a failed fetch).
 */
function usePicture(): HTMLElement | 'loading' | null {
  const shell = prerenderedPicture();
  const [fetched, setFetched] = useState<HTMLElement | 'loading' | null>('loading');
  useEffect(() => {
    if (shell) return;
    let live = true;
    fetchPicture(assetUrl(PICTURE_FILE_PATH), document).then(
      (picture) => live && setFetched(picture),
      (error: unknown) => {
        console.warn('permission-map: the zone picture could not be loaded', error);
        if (live) setFetched(null);
      },
    );
    return () => {
      live = false;
    };
  }, [shell]);
  return shell ?? fetched;
}

/**
 * Without WebGL2 the map cannot draw: say so, show the zone picture for the current date (it
 * follows the slider; on a page built without it or if its file fails, the screenshot made by
 * `npm run screenshots`, whose text says which day it shows),
 * and give the same facts in words: the app points to its table; the embed, which has none,
 * lists each zone's status here.
 */
export function WebglFallback({ variant = 'app' }: { variant?: 'app' | 'embed' }) {
  const { t, lang } = useMessages();
  const reviewedThrough = useApp((s) => s.dataset?.reviewedThrough);
  const picture = usePicture();
  return (
    <div
      className="map map--fallback"
      role="region"
      aria-labelledby="webgl-fallback-title"
      data-testid="webgl-fallback"
      // In the embed it scrolls when the frame is short: reachable by keyboard then.
      tabIndex={variant === 'embed' ? 0 : undefined}
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
      {picture === 'loading' ? null : picture ? (
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
