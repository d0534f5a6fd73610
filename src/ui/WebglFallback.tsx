import { assetUrl } from '../app/appRoot';
import { formatDate } from '../i18n/locale';
import { useApp, useMessages } from './storeContext';
import { ZoneStatusList } from './ZoneStatusList';

/**
 * Without WebGL2 the map cannot draw: say so, show a pre-rendered picture (made by `npm run
 * screenshots` at the dataset's reviewedThrough date), and give the same facts in words: the
 * app points to its table; the embed, which has none, lists each zone's status here.
 */
export function WebglFallback({ variant = 'app' }: { variant?: 'app' | 'embed' }) {
  const { t, lang } = useMessages();
  const reviewedThrough = useApp((s) => s.dataset?.reviewedThrough);
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
      <img
        src={assetUrl('static/map.png')}
        alt={reviewedThrough ? t.webglStaticAlt(formatDate(reviewedThrough, lang)) : ''}
        className="map__static"
      />
    </div>
  );
}
