import { UpdateNote } from '../ui/UpdateNote';
import { useResolvedTheme } from '../ui/useResolvedTheme';
import { useEffect, useRef, useState } from 'react';
import { MapPanel } from '../ui/MapPanel';
import { Timeline } from '../ui/timeline/Timeline';
import { Legend } from '../ui/Legend';
import { SummarySentence } from '../ui/SummarySentence';
import { UrlNotes } from '../ui/UrlNotes';
import { NewerVersionNote } from '../ui/NewerVersionNote';
import { LoadErrorMessage } from '../ui/LoadErrorMessage';
import { useApp, useMessages } from '../ui/storeContext';
import { formatDate } from '../i18n/locale';
import { postHeights } from './autoHeight';
import type { EmbedOptions } from './embedOptions';
import { EmbedZoneLine } from './EmbedZoneLine';
import { FullMapLink } from './FullMapLink';
import { useDonorTexts } from '../ui/useDonorTexts';
import { useDocumentLanguage } from '../ui/useDocumentLanguage';
import { CompareView } from '../ui/compare/CompareView';

/** The heading's date: the only part of the embed's own markup that changes on a slider tick. */
function EmbedDate() {
  const { lang } = useMessages();
  const date = useApp((s) => s.date);
  return (
    <p className="embed__date">
      <time dateTime={date}>{formatDate(date, lang)}</time>
    </p>
  );
}

interface EmbedAppProps {
  options: EmbedOptions;
  /** Receives the function that switches to content-sized layout when a host asks for auto-height. */
  onAutoHeightRequest: (enable: () => void) => void;
}

/**
 * The compact embed: title and date, map, optional timeline and legend, and a credit line that is
 * always visible. By default it fills its frame ("fit"); when the host's auto-height script says
 * hello it switches to its natural height ("content") and reports it.
 */
export function EmbedApp({ options, onAutoHeightRequest }: EmbedAppProps) {
  const { t, lang } = useMessages();
  const texts = useDonorTexts();
  const dataset = useApp((s) => s.dataset);
  const comparing = useApp((s) => s.compare !== null);
  const [layout, setLayout] = useState<'fit' | 'content'>('fit');
  const root = useRef<HTMLDivElement>(null);
  useDocumentLanguage();
  useResolvedTheme();

  useEffect(() => onAutoHeightRequest(() => setLayout('content')), [onAutoHeightRequest]);
  useEffect(() => (root.current ? postHeights(root.current, window) : undefined), [layout]);

  return (
    <div
      ref={root}
      className={`embed embed--${layout}${options.static ? ' embed--static' : ''}`}
      data-layout={layout}
    >
      <header className="embed__header">
        <h1 className="embed__title">{texts.appTitle}</h1>
        <EmbedDate />
      </header>
      <UrlNotes />
      <NewerVersionNote />
      <UpdateNote />
      <main className="embed__main">
        {comparing ? <EmbedCompare controls={options.controls} /> : <EmbedSingle options={options} />}
      </main>
      <footer className="embed__credit">
        <FullMapLink>{t.embedOpenFull}</FullMapLink>
        {dataset && (
          <span> · {t.embedDataLine(dataset.version, formatDate(dataset.reviewedThrough, lang))}</span>
        )}
        <span> · {t.attributionNote}</span>
      </footer>
    </div>
  );
}

/** The comparison in the embed: small maps only (no table), the timeline if the embed shows controls. */
function EmbedCompare({ controls }: { controls: boolean }) {
  const { t } = useMessages();
  const phase = useApp((s) => s.phase);
  if (phase === 'ready')
    return <CompareView variant="embed" controls={controls ? <Timeline compact /> : null} />;
  return phase === 'error' ? (
    <LoadErrorMessage />
  ) : (
    <p className="app__status" role="status" data-testid="loading">
      {t.loading}
    </p>
  );
}

/** The single map of the embed, with its timeline, sentence, zone line and legend as chosen. */
function EmbedSingle({ options }: { options: EmbedOptions }) {
  const { t } = useMessages();
  const phase = useApp((s) => s.phase);
  return (
    <>
      <div className="embed__map">
        <MapPanel interactive={!options.static} cooperativeGestures compactAttribution variant="embed" />
      </div>
      {phase === 'loading' && (
        <p className="app__status" role="status" data-testid="loading">
          {t.loading}
        </p>
      )}
      {phase === 'error' && <LoadErrorMessage />}
      {phase === 'ready' && options.controls && <Timeline compact />}
      {phase === 'ready' && <SummarySentence />}
      {phase === 'ready' && !options.static && <EmbedZoneLine />}
      {phase === 'ready' && options.legend && <Legend compact />}
    </>
  );
}
