import { DataLinks } from './DataLinks';
import { formatDate } from '../i18n/locale';
import { useApp, useMessages } from './storeContext';

export function Footer() {
  const { t, lang } = useMessages();
  const dataset = useApp((s) => s.dataset);
  // A page pinned to a version offers that version's files, not the current ones.
  const pinned = useApp((s) => s.versions?.versions.find((v) => v.version === s.pinnedVersion));
  const csv = pinned?.csv ?? 'data/permissions.csv';
  const json = pinned?.json ?? 'data/permissions.json';
  return (
    <footer className="footer">
      {dataset && (
        <p>
          {t.reviewedThrough(formatDate(dataset.reviewedThrough, lang))} {t.footerMethod}
        </p>
      )}
      <p>
        {t.dataDownload}: <DataLinks csv={csv} json={json} />. {t.shareSitesDownload}:{' '}
        <DataLinks csv="data/sites.csv" json="data/sites.json" />
      </p>
      <p className="footer__attribution">{t.attributionNote}</p>
    </footer>
  );
}
