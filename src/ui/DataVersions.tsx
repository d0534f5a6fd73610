import { assetUrl } from '../app/appRoot';
import { fullMapUrl } from '../url/links';
import { formatDate } from '../i18n/locale';
import { useApp, useMessages, useSettled } from './storeContext';

/** The history of the published data versions, newest first, each with what it changed. */
export function DataVersions() {
  const { t, lang, loc } = useMessages();
  const index = useApp((s) => s.versions);
  const shown = useApp((s) => s.dataset?.version ?? null);
  // The links carry the date: they follow the slider once it rests, not on every step.
  const date = useSettled((s) => s.date);
  const weapon = useApp((s) => s.weapon);
  const zone = useApp((s) => s.zone);
  const donor = useApp((s) => s.donor);
  // The same view with another version's data (the current one unpinned).
  const viewUrl = (version: string) =>
    fullMapUrl({
      date,
      weapon,
      zone,
      donor,
      lang,
      pinnedVersion: version === index?.current ? null : version,
    });
  if (!index || index.versions.length === 0) return null;
  const newestFirst = [...index.versions].reverse();
  return (
    <section className="data-versions" aria-labelledby="data-versions-title">
      <h2 id="data-versions-title" className="panel-title">
        {t.dataVersionsTitle}
      </h2>
      <p className="data-versions__intro">{t.dataVersionsIntro}</p>
      <ol className="data-versions__list">
        {newestFirst.map((entry) => (
          <li key={entry.version} data-version={entry.version}>
            <p className="data-versions__head">
              <strong>{entry.version}</strong>
              {entry.version === index.current && <span className="badge">{t.dataVersionCurrent}</span>}
              {entry.version === shown && <span className="badge">{t.dataVersionShown}</span>}
              <span className="data-versions__reviewed">
                {t.dataVersionReviewed(formatDate(entry.reviewedThrough, lang))}
              </span>
            </p>
            <ul className="data-versions__changes">
              {entry.changes.map((line) => (
                <li key={line} lang={loc.langOf(line)}>
                  {loc.text(line)}
                </li>
              ))}
            </ul>
            <p className="data-versions__links">
              {entry.version !== shown && (
                <>
                  <a href={viewUrl(entry.version)}>{t.dataVersionView}</a>
                  {' · '}
                </>
              )}
              <a href={assetUrl(entry.json)} download>
                JSON
              </a>
              {' · '}
              <a href={assetUrl(entry.csv)} download>
                CSV
              </a>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
