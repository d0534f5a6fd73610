import { useState } from 'react';
import { assetUrl } from '../../app/appRoot';
import { fullMapUrl } from '../../url/links';
import { PNG_SIZES, type PngSize } from '../../export/pngSizes';
import type { PngInput } from '../../export/pngExport';
import { selectReachBandKm } from '../../store/reachSelectors';
import type { AppState } from '../../store/appStore';
import type { Messages } from '../../i18n/messages/en';
import { formatDate, type Lang } from '../../i18n/locale';
import { selectMapView } from '../../store/selectors';
import { useAppStore, useMessages } from '../storeContext';
import { useResolvedTheme } from '../useResolvedTheme';
import { SelectField } from './SelectField';
import { DataLinks } from '../DataLinks';
import { donorTexts } from '../../i18n/donorTexts';
import { statusesOf } from '../../domain/donors';

/** The band the map shows, for the picture (null when none is drawn). */
function pngReach(s: AppState, t: Messages): PngInput['reach'] {
  const km = selectReachBandKm(s);
  if (km === null || s.weapon === 'all') return null;
  return { url: assetUrl('geo/reach.geojson'), km, label: t.pngLegendReach(t.weapons[s.weapon], String(km)) };
}

/** Everything the picture shows: the current view, its words in `lang`, and the credits. */
function pngInput(s: AppState, size: PngSize, theme: PngInput['theme'], t: Messages, lang: Lang): PngInput {
  const dataset = s.dataset;
  // The picture names the donor (title, "All German weapons") and lists its statuses.
  const texts = donorTexts(t, s.donor);
  return {
    size,
    view: selectMapView(s),
    theme,
    title: texts.appTitle,
    dateLine: `${formatDate(s.date, lang)} · ${s.weapon === 'all' ? texts.allWeapons : t.weapons[s.weapon]}`,
    legendTitle: `${t.legendTitle}:`,
    legendStatuses: statusesOf(s.donor),
    t,
    lang,
    creditLines: [
      t.pngCredit(fullMapUrl({ ...s, pinnedVersion: dataset?.version ?? null })) +
        (dataset ? ` · ${t.embedDataLine(dataset.version, formatDate(dataset.reviewedThrough, lang))}` : ''),
      t.mapAttribution('Natural Earth', 'geoBoundaries', 'OpenStreetMap'),
    ],
    zonesUrl: assetUrl('geo/zones.geojson'),
    contextUrl: assetUrl('geo/context.geojson'),
    sites: s.reach?.sites ?? [],
    reach: pngReach(s, t),
  };
}

/** Hands a blob to the browser as a download named `name`. */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The current view as a PNG for slides, and the dataset with its sources. */
export function DownloadSection() {
  const store = useAppStore();
  const { t, lang } = useMessages();
  const theme = useResolvedTheme();
  const [size, setSize] = useState<PngSize>('slide');
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');

  const download = async () => {
    const s = store.getState();
    setState('working');
    try {
      const { width, height } = PNG_SIZES[size];
      if (s.compare) {
        // The comparison: its small maps in a grid, drawn from the zone picture (no map needed).
        const [{ renderComparePng }, { comparePngInput }] = await Promise.all([
          import('../../export/comparePng'),
          import('../compare/comparePngInput'),
        ]);
        const blob = await renderComparePng(await comparePngInput(s, size, theme, t, lang));
        saveBlob(blob, `donor-comparison-${s.compare.join('-')}-${s.date}-${s.group}-${width}x${height}.png`);
        setState('idle');
        return;
      }
      // The renderer (a second, off-screen map) loads only when someone downloads.
      const { renderPng } = await import('../../export/pngExport');
      const blob = await renderPng(pngInput(s, size, theme, t, lang));
      saveBlob(blob, `us-weapons-permission-map-${s.date}-${s.weapon}-${width}x${height}.png`);
      setState('idle');
    } catch (error) {
      console.error(error);
      setState('failed');
    }
  };

  return (
    <section className="share__section" aria-labelledby="share-download-title">
      <h3 id="share-download-title">{t.shareDownloadTitle}</h3>
      <div className="share__row">
        <SelectField
          label={t.sharePngLabel}
          value={size}
          options={Object.keys(PNG_SIZES) as PngSize[]}
          name={(id) => t.sharePngSizes[id]}
          onChange={setSize}
          testId="png-size"
        />
        <button
          type="button"
          className="button button--primary"
          onClick={download}
          disabled={state === 'working'}
          data-testid="png-download"
        >
          {state === 'working' ? t.sharePngWorking : t.sharePngButton}
        </button>
        <span role="status">{state === 'failed' ? t.sharePngFailed : ''}</span>
      </div>
      <p>
        {t.shareDataDownload}: <DataLinks csv="data/permissions.csv" json="data/permissions.json" />
      </p>
      <p>
        {t.shareSitesDownload}: <DataLinks csv="data/sites.csv" json="data/sites.json" />
      </p>
    </section>
  );
}
