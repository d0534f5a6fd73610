import { UpdateNote } from './UpdateNote';
import { useResolvedTheme } from './useResolvedTheme';
import { EventList } from './EventList';
import { Footer } from './Footer';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Legend } from './Legend';
import { ShareButton } from './share/ShareDialog';
import { PresentButton } from './presentation/PresentButton';
import { PresentationBar } from './presentation/PresentationBar';
import { LoadErrorMessage } from './LoadErrorMessage';
import { MapPanel } from './MapPanel';
import { RegionDetail } from './RegionDetail';
import { StatusTable } from './StatusTable';
import { SummarySentence } from './SummarySentence';
import { Timeline } from './Timeline';
import { UrlNotes } from './UrlNotes';
import { WeaponFilter } from './WeaponFilter';
import { ZoneList } from './ZoneList';
import { useApp, useMessages } from './storeContext';
import { useDocumentLanguage } from './useDocumentLanguage';

export function App() {
  const { t } = useMessages();
  useDocumentLanguage();
  const phase = useApp((s) => s.phase);
  useResolvedTheme();
  const presenting = useApp((s) => s.presenting);
  return (
    <div className={`app${presenting ? ' app--presenting' : ''}`}>
      <a className="skip-link" href="#timeline">
        {t.skipToTimeline}
      </a>
      <header className="app__header">
        <div className="app__header-text">
          <h1>{t.appTitle}</h1>
          <p className="app__subtitle">{t.appSubtitle}</p>
        </div>
        <div className="app__header-tools">
          {phase === 'ready' && <PresentButton />}
          {phase === 'ready' && <ShareButton />}
          <LanguageSwitcher />
        </div>
      </header>
      <UrlNotes />
      <UpdateNote />
      <main className="app__main">
        <div className="app__map-column">
          <div className="app__map-wrap">
            <MapPanel />
          </div>
          {phase === 'ready' && presenting && <PresentationBar />}
          {phase === 'ready' && !presenting && <Timeline />}
          {phase === 'ready' && !presenting && <SummarySentence />}
          {phase === 'loading' && (
            <p className="app__status" role="status">
              {t.loading}
            </p>
          )}
          {phase === 'error' && <LoadErrorMessage />}
        </div>
        {phase === 'ready' && (
          <aside className="app__side">
            <WeaponFilter />
            <RegionDetail />
            <Legend />
            <ZoneList />
          </aside>
        )}
        {phase === 'ready' && (
          <div className="app__lower">
            <StatusTable />
            <EventList />
          </div>
        )}
      </main>
      <Footer />
    </div>
  );
}
