import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootstrap } from './app/bootstrap';
import { App } from './ui/App';
import { StoreProvider } from './ui/storeContext';
import { claimPrerenderedPicture } from './map/picture';
import { afterFirstPaint } from './app/afterFirstPaint';
import { startEarlyMap } from './app/earlyMap';
import { APP_MAP_PROPS } from './app/mapConnection';
import './ui/styles.css';

const { store, ready } = bootstrap(window, 'app');
// Before React replaces the static shell: the map panel keeps its picture until the map draws.
claimPrerenderedPicture(document);

void Promise.all([ready, afterFirstPaint(window)]).then(() => {
  // MapLibre loads its geometry while React renders the interface; the map panel adopts the map.
  startEarlyMap(document, store, APP_MAP_PROPS);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
});
