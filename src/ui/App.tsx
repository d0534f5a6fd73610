import { lazy, Suspense } from 'react';
import { UpdateNote } from './UpdateNote';
import { useResolvedTheme } from './useResolvedTheme';
import { PlaceFinder } from './place/PlaceFinder';
import { EventList } from './EventList';
import { Footer } from './Footer';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Legend } from './Legend';
import { ShareButton } from './share/ShareDialog';
import { PresentButton } from './presentation/PresentButton';
import { LoadErrorMessage } from './LoadErrorMessage';
import { MapPanel } from './MapPanel';
import { APP_MAP_PROPS } from '../app/mapConnection';
import { ZoneDetail } from './ZoneDetail';
import { StatusTable } from './StatusTable';
import { SummarySentence } from './SummarySentence';
import { Timeline } from './timeline/Timeline';
import { UrlNotes } from './UrlNotes';
import { NewerVersionNote } from './NewerVersionNote';
import { DataVersions } from './DataVersions';
import { WeaponFilterControl } from './WeaponFilterControl';
import { DonorSwitch } from './DonorSwitch';
import { useDonorTexts } from './useDonorTexts';
import { ZoneList } from './ZoneList';
import { useApp, useMessages } from './storeContext';
import { CompareView } from './compare/CompareView';
import { CompareButton } from './compare/CompareButton';
import { useDocumentLanguage } from './useDocumentLanguage';

// Presentation mode loads when a presenter starts it.
const PresentationBar = lazy(() =>
  import('./presentation/PresentationBar').then((m) => ({ default: m.PresentationBar })),
);

// A chunk of its own: the first view does not load the place panel until a place is chosen.
const PlacePanel = lazy(() => import('./place/PlacePanel'));

export function App() {
  const { t } = useMessages();
  const texts = useDonorTexts();
  useDocumentLanguage();
  const phase = useApp((s) => s.phase);
  useResolvedTheme();
  const presenting = useApp((s) => s.presenting);
  const placeOpen = useApp((s) => s.place !== null);
  const comparing = useApp((s) => s.compare !== null);
  return (
    <div className={`app${presenting ? ' app--presenting' : ''}`}>
      <a className="skip-link" href="#timeline">
        {t.skipToTimeline}
      </a>
      <header className="app__header">
        <div className="app__header-text">
          <h1>{comparing ? t.compare.appTitle : texts.appTitle}</h1>
          <p className="app__subtitle">{comparing ? t.compare.appSubtitle : texts.appSubtitle}</p>
        </div>
        <div className="app__header-tools">
          {/* Always in place, so the header never changes height when the data arrives (CLS 0). */}
          <PresentButton disabled={phase !== 'ready'} />
          <ShareButton disabled={phase !== 'ready'} />
          <LanguageSwitcher />
        </div>
      </header>
      <UrlNotes />
      <NewerVersionNote />
      <UpdateNote />
      {comparing ? (
        <main className="app__main app__main--compare">
          {phase === 'ready' && <CompareView controls={<TimeControls presenting={presenting} />} />}
          <PhaseStatus />
        </main>
      ) : (
        <main className="app__main">
          <div className="app__map-column">
            <div className="app__map-wrap">
              <MapPanel {...APP_MAP_PROPS} />
            </div>
            {phase === 'ready' && <TimeControls presenting={presenting} />}
            {phase === 'ready' && !presenting && <SummarySentence />}
            <PhaseStatus />
          </div>
          {phase === 'ready' && (
            <aside className="app__side">
              <DonorSwitch />
              <WeaponFilterControl />
              <CompareButton />
              {placeOpen && (
                <Suspense fallback={null}>
                  <PlacePanel />
                </Suspense>
              )}
              <ZoneDetail />
              <Legend />
              <ZoneList />
              <PlaceFinder />
            </aside>
          )}
          {phase === 'ready' && (
            <div className="app__lower">
              <StatusTable />
              <EventList />
              <DataVersions />
            </div>
          )}
        </main>
      )}
      {/* After the data: in the loading layout it would sit where the timeline then appears. */}
      {phase !== 'loading' && <Footer />}
    </div>
  );
}

/** The timeline, or the presentation bar while presenting (both drive every map on the page). */
function TimeControls({ presenting }: { presenting: boolean }) {
  return presenting ? (
    <Suspense fallback={null}>
      <PresentationBar />
    </Suspense>
  ) : (
    <Timeline />
  );
}

/** Loading and failure of the data, in words (never a blank page). */
function PhaseStatus() {
  const { t } = useMessages();
  const phase = useApp((s) => s.phase);
  if (phase === 'loading')
    return (
      <p className="app__status" role="status">
        {t.loading}
      </p>
    );
  return phase === 'error' ? <LoadErrorMessage /> : null;
}
