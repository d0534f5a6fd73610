import { assetUrl } from '../app/appRoot';
import { formatDate } from '../i18n/locale';
import { useApp, useMessages } from './storeContext';

/** The picture is made by `npm run screenshots` at the dataset's reviewedThrough date. */
/** Without WebGL2 the map cannot draw: say so, show a pre-rendered picture, and point to the table. */
export function WebglFallback() {
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
      <p>
        {t.webglMissingBody} <a href="#status-table-title">{t.tableTitle}</a>
      </p>
      <img
        src={assetUrl('static/map.png')}
        alt={reviewedThrough ? t.webglStaticAlt(formatDate(reviewedThrough, lang)) : ''}
        className="map__static"
      />
    </div>
  );
}
