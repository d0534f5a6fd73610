import type { Site } from '../../domain/sites';
import { formatDate } from '../../i18n/locale';
import { SourceLink } from '../SourceLink';
import { useMessages } from '../storeContext';

/** A listed site: why it mattered, the reporting that names it, strikes with US weapons. */
export function SiteDetails({ site }: { site: Site }) {
  const { t, lang, loc } = useMessages();
  return (
    <div className="site-details" data-testid="site-details">
      <h3>{t.siteWhy}</h3>
      <p lang={loc.langOf(site.why)}>{loc.text(site.why)}</p>
      <h3>{t.siteStrikes}</h3>
      {site.strikes.length === 0 && <p>{t.siteNoStrikes}</p>}
      {site.strikes.map((strike, i) => (
        <article key={`${strike.date}-${i}`} className="site-details__strike">
          <p>
            <strong>{formatDate(strike.date, lang, 'short')}</strong> ·{' '}
            {strike.weapons.map((w) => t.weapons[w]).join(', ')} ·{' '}
            {strike.claimStatus === 'reported' ? t.siteClaimReported : t.claimStatus[strike.claimStatus]}
          </p>
          <p lang={loc.langOf(strike.summary)}>{loc.text(strike.summary)}</p>
          <ul className="event-card__sources">
            {strike.sources.map((s) => (
              <SourceLink key={s.url + s.quote} source={s} />
            ))}
          </ul>
        </article>
      ))}
      <details>
        <summary>{t.siteSources}</summary>
        <ul className="event-card__sources">
          {site.sources.map((s) => (
            <SourceLink key={s.url + s.quote} source={s} />
          ))}
        </ul>
      </details>
      <p className="site-details__coords">
        <a href={site.coordinateSource.url} target="_blank" rel="noopener noreferrer">
          {t.siteCoordinates(site.coordinateSource.outlet)}
          <span className="visually-hidden"> {t.opensInNewTab}</span>
        </a>
      </p>
    </div>
  );
}
