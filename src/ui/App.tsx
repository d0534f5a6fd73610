import { EventList } from './EventList';
import { Footer } from './Footer';
import { Legend } from './Legend';
import { MapPanel } from './MapPanel';
import { RegionDetail } from './RegionDetail';
import { StatusTable } from './StatusTable';
import { SummarySentence } from './SummarySentence';
import { Timeline } from './Timeline';
import { UrlNotes } from './UrlNotes';
import { WeaponFilter } from './WeaponFilter';
import { ZoneList } from './ZoneList';
import { useApp, useMessages } from './storeContext';

export function App() {
  const { t } = useMessages();
  const phase = useApp((s) => s.phase);
  const error = useApp((s) => s.error);
  return (
    <div className="app">
      <a className="skip-link" href="#timeline">
        {t.skipToTimeline}
      </a>
      <header className="app__header">
        <h1>{t.appTitle}</h1>
        <p className="app__subtitle">{t.appSubtitle}</p>
      </header>
      <UrlNotes />
      <main className="app__main">
        <div className="app__map-column">
          <div className="app__map-wrap">
            <MapPanel />
          </div>
          {phase === 'ready' && <Timeline />}
          {phase === 'ready' && <SummarySentence />}
          {phase === 'loading' && <p className="app__status" role="status">{t.loading}</p>}
          {phase === 'error' && (
            <p className="app__status app__status--error" role="alert">
              {t.loadFailed(error ?? '')}
            </p>
          )}
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
