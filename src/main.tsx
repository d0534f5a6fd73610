import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootstrap } from './app/bootstrap';
import { App } from './ui/App';
import { StoreProvider } from './ui/storeContext';
import { claimPrerenderedPicture } from './map/picture';
import { afterFirstPaint } from './app/afterFirstPaint';
import './ui/styles.css';

const { store, ready } = bootstrap(window, 'app');
// Before React replaces the static shell: the map panel keeps its picture until the map draws.
claimPrerenderedPicture(document);

void Promise.all([ready, afterFirstPaint(window)]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  ),
);
