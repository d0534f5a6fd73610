import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootstrap } from '../app/bootstrap';
import { StoreProvider } from '../ui/storeContext';
import { EmbedApp } from './EmbedApp';
import { embedOptionsFrom } from './embedOptions';
import { connectHostApi } from './hostApi';
import { afterFirstPaint } from '../app/afterFirstPaint';
import '../ui/styles.css';
import './embed.css';

const { store, url, ready } = bootstrap(window, 'embed');
const options = embedOptionsFrom(url);
let enableAutoHeight: () => void = () => {};
connectHostApi(store, window, {
  onAutoHeight: () => enableAutoHeight(),
  ...(url.commands ? { commandSenders: url.commands } : {}),
});

void Promise.all([ready, afterFirstPaint(window)]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreProvider store={store}>
        <EmbedApp options={options} onAutoHeightRequest={(enable) => (enableAutoHeight = enable)} />
      </StoreProvider>
    </StrictMode>,
  ),
);
