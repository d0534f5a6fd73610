import { useMemo } from 'react';
import { SITE_ICON_AIR, SITE_ICON_OTHER, siteIconDataUrl } from '../../map/siteIcons';
import { selectReachBandKm } from '../../store/reachSelectors';
import { useApp, useMessages } from '../storeContext';

/** Legend lines for the reach band (when one is drawn) and the site markers. */
export function ReachLegend() {
  const { t, lang } = useMessages();
  const km = useApp(selectReachBandKm);
  const weapon = useApp((s) => s.weapon);
  const hasSites = useApp((s) => (s.reach?.sites.length ?? 0) > 0);
  const icons = useMemo(
    () =>
      hasSites ? { air: siteIconDataUrl(SITE_ICON_AIR), other: siteIconDataUrl(SITE_ICON_OTHER) } : null,
    [hasSites],
  );
  return (
    <>
      {km !== null && weapon !== 'all' && (
        <p className="legend__reach" data-testid="legend-reach">
          <span className="legend__reach-line" aria-hidden="true" />
          {t.legendReach(t.weapons[weapon], new Intl.NumberFormat(lang).format(km))}
        </p>
      )}
      {icons && (
        <p className="legend__sites">
          {t.legendSites}:{' '}
          <span className="legend__site">
            <img src={icons.air} alt="" width="18" height="18" data-drawn-here /> {t.legendSiteAir}
          </span>
          ;{' '}
          <span className="legend__site">
            <img src={icons.other} alt="" width="18" height="18" data-drawn-here /> {t.legendSiteOther}
          </span>
        </p>
      )}
    </>
  );
}
