import { formatDate } from '../../i18n/locale';
import { fullMapUrl } from '../../url/links';
import { donorTexts } from '../../i18n/donorTexts';
import { useApp, useMessages } from '../storeContext';
import { CopyField } from './CopyField';

/** "How to cite": title, a URL that restores this exact view (pinned to the data version), access date. */
export function CiteSection() {
  const { t, lang } = useMessages();
  const date = useApp((s) => s.date);
  const weapon = useApp((s) => s.weapon);
  const zone = useApp((s) => s.zone);
  const donor = useApp((s) => s.donor);
  const today = useApp((s) => s.today);
  const dataset = useApp((s) => s.dataset);
  if (!dataset) return null;
  const url = fullMapUrl({ date, weapon, zone, donor, lang, pinnedVersion: dataset.version });
  const citation = t.citation(
    donorTexts(t, donor).appTitle,
    url,
    dataset.version,
    formatDate(dataset.reviewedThrough, lang),
    formatDate(today, lang),
  );
  return (
    <section className="share__section" aria-labelledby="share-cite-title">
      <h3 id="share-cite-title">{t.shareCiteTitle}</h3>
      <CopyField label={t.shareCiteTitle} value={citation} testId="citation" rows={3} />
    </section>
  );
}
