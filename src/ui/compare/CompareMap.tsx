import { useMemo } from 'react';
import { appRootUrl } from '../../app/appRoot';
import { epochOf, groupLevels, type CompareDataset } from '../../domain/compare';
import { compareSummary } from '../../domain/compareSummary';
import type { DonorId, DonorStatusId } from '../../domain/donors';
import { ZONE_IDS, type ZoneId } from '../../domain/ids';
import { formatDate } from '../../i18n/locale';
import type { Messages } from '../../i18n/messages/en';
import type { AppState } from '../../store/appStore';
import { buildQuery } from '../../url/params';
import { useApp, useAppStore, useMessages } from '../storeContext';
import { donorStatusLabel } from './statusWords';
import { ComparePicture } from './ComparePicture';

/** The single map of one donor at this view's date: `?donor=<id>&date=…` (the donor switch). */
export function singleDonorHref(
  donor: DonorId,
  s: Pick<AppState, 'date' | 'weapon' | 'lang' | 'theme'>,
  doc: Document = document,
): string {
  const rest = buildQuery(
    { date: s.date, weapon: s.weapon, lang: s.lang, theme: s.theme },
    { weapon: 'all', lang: 'en', theme: 'auto' },
  );
  return `${appRootUrl(doc).href}?donor=${donor}${rest ? `&${rest.slice(1)}` : ''}`;
}

/** "Crimea: Permitted; Russia across from Kharkiv: Limited; …": what the picture shows, in words. */
export function zoneStatusWords(t: Messages, levels: Readonly<Record<ZoneId, DonorStatusId>>): string {
  return ZONE_IDS.map((zone) => `${t.zones[zone]}: ${donorStatusLabel(t, levels[zone])}`).join('; ');
}

/** One donor's card in the comparison: its name, one-line summary and small map (a link to it). */
export function CompareMap({ donor }: { donor: DonorId }) {
  const { t } = useMessages();
  const load = useApp((s) => s.compareData[donor]);
  const name = t.donor.names[donor];
  return (
    <article className="compare-map" data-donor={donor} data-testid="compare-card" aria-label={name}>
      <h3 className="compare-map__name">{name}</h3>
      {load?.state === 'ready' ? (
        <ReadyMap donor={donor} dataset={load.dataset} name={name} />
      ) : load?.state === 'error' ? (
        <FailedMap donor={donor} message={load.message} />
      ) : (
        <p className="compare-map__status" role="status">
          {t.compare.loadingDonor}
        </p>
      )}
    </article>
  );
}

function ReadyMap({ donor, dataset, name }: { donor: DonorId; dataset: CompareDataset; name: string }) {
  const { t, lang } = useMessages();
  const date = useApp((s) => s.date);
  const group = useApp((s) => s.group);
  const link = useApp((s) => singleDonorHref(donor, s));
  const from = epochOf(dataset, date).from;
  const levels = useMemo(() => groupLevels(dataset, from, group), [dataset, from, group]);
  const label = t.compare.mapName(name, formatDate(date, lang), zoneStatusWords(t, levels));
  return (
    <>
      <p className="compare-map__summary" data-testid="compare-summary">
        {t.compare.summaries[compareSummary(levels)]}
      </p>
      <a className="compare-map__link" href={link} data-testid="compare-map">
        <ComparePicture donor={donor} levels={levels} name={label} />
        <span className="visually-hidden">{t.compare.openDonor}</span>
      </a>
    </>
  );
}

function FailedMap({ donor, message }: { donor: DonorId; message: string }) {
  const { t } = useMessages();
  const store = useAppStore();
  return (
    <div className="compare-map__failed" role="alert" data-testid="compare-failed">
      <p>{t.compare.donorFailed(message)}</p>
      <button type="button" className="button" onClick={() => store.getState().retryDonor(donor)}>
        {t.retry}
      </button>
    </div>
  );
}
