import { assetUrl } from '../app/appRoot';
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
        {t.dataDownload}:{' '}
        <a href={assetUrl(csv)} download>
          CSV
        </a>{' '}
        ·{' '}
        <a href={assetUrl(json)} download>
          JSON
        </a>
        . {t.shareSitesDownload}:{' '}
        <a href={assetUrl('data/sites.csv')} download>
          CSV
        </a>{' '}
        ·{' '}
        <a href={assetUrl('data/sites.json')} download>
          JSON
        </a>
      </p>
      <p className="footer__attribution">{t.attributionNote}</p>
    </footer>
  );
}
