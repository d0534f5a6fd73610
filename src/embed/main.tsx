import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootstrap } from '../app/bootstrap';
import { StoreProvider } from '../ui/storeContext';
import { EmbedApp } from './EmbedApp';
import { embedOptionsFrom } from './embedOptions';
import { connectHostApi } from './hostApi';
import '../ui/styles.css';
import './embed.css';

const { store, url, ready } = bootstrap(window, 'embed');
const options = embedOptionsFrom(url);
// A host may ask for auto-height before the view has rendered: the request waits for it.
let enableAutoHeight: (() => void) | null = null;
let autoHeightRequested = false;
connectHostApi(store, window, {
  onAutoHeight: () => (enableAutoHeight ? enableAutoHeight() : (autoHeightRequested = true)),
  ...(url.commands ? { commandSenders: url.commands } : {}),
});
const onAutoHeightRequest = (enable: () => void) => {
  enableAutoHeight = enable;
  if (autoHeightRequested) enable();
};

// The embed's page has no static shell to put on screen first (the app's zone picture), so it does
// not wait for a first paint: with nothing contentful to paint, that wait ran into its 1.5 s timeout
// on every load (embed first coloured map 2.66 s against the floor's 1.11 s).
void ready.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreProvider store={store}>
        <EmbedApp options={options} onAutoHeightRequest={onAutoHeightRequest} />
      </StoreProvider>
    </StrictMode>,
  ),
);
