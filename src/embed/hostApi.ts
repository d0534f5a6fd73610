import type { AppStore } from '../store/appStore';
import { selectVisibleStatuses, currentEpoch, selectSentence } from '../store/selectors';
import { API_VERSION, parseIncoming, type EmbedState } from './messages';

/** The state a host page can read: every zone × weapon status at the date, and what is shown. */
export function embedStateOf(store: AppStore): EmbedState | null {
  const s = store.getState();
  const { statuses, shown } = selectVisibleStatuses(s);
  const epoch = currentEpoch(s);
  if (!statuses || !shown || !epoch || !s.engine) return null;
  return {
    apiVersion: API_VERSION,
    dataVersion: s.dataset?.version ?? null,
    date: s.date,
    weapon: s.weapon,
    zone: s.zone,
    playing: s.playing,
    statuses,
    summary: shown,
    sentence: selectSentence(s),
  };
}

const CHANGE_INTERVAL_MS = 100;

export interface HostApiOptions {
  onAutoHeight: () => void;
}

/**
 * Listens to the host page: `set`, `get-state` and `auto-height`; announces `ready` once the data
 * is loaded and `change` after each change (throttled while playing or dragging). Outgoing
 * messages hold no secrets, so broadcasts use "*"; replies go to the asking window.
 */
export function connectHostApi(store: AppStore, win: Window, options: HostApiOptions): () => void {
  const parent = win.parent !== win ? win.parent : null;

  const onMessage = (event: MessageEvent) => {
    const parsed = parseIncoming(event.data, store.getState().today);
    if (!parsed.ok) {
      if (parsed.reason) console.warn(`permission-map: ignored a message: ${parsed.reason}`, event.data);
      return;
    }
    const message = parsed.message;
    const s = store.getState();
    switch (message.type) {
      case 'permission-map:set':
        if (message.date !== undefined) s.setDate(message.date);
        if (message.weapon !== undefined) s.setWeapon(message.weapon);
        if (message.zone !== undefined) s.selectZone(message.zone);
        if (message.playing !== undefined) s.setPlaying(message.playing);
        break;
      case 'permission-map:get-state': {
        const reply = {
          type: 'permission-map:state',
          requestId: message.requestId,
          state: embedStateOf(store),
        };
        const target = event.source as WindowProxy | null;
        target?.postMessage(reply, {
          targetOrigin: event.origin && event.origin !== 'null' ? event.origin : '*',
        });
        break;
      }
      case 'permission-map:auto-height':
        options.onAutoHeight();
        break;
    }
  };
  win.addEventListener('message', onMessage);

  let timer: ReturnType<typeof setTimeout> | null = null;
  const sendChange = () => {
    timer = null;
    const state = embedStateOf(store);
    if (state) parent?.postMessage({ type: 'permission-map:change', state }, '*');
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.phase === 'ready' && prev.phase !== 'ready') {
      parent?.postMessage({ type: 'permission-map:ready', state: embedStateOf(store) }, '*');
      return;
    }
    if (
      s.date === prev.date &&
      s.weapon === prev.weapon &&
      s.zone === prev.zone &&
      s.playing === prev.playing
    )
      return;
    if (!timer) timer = setTimeout(sendChange, CHANGE_INTERVAL_MS);
  });

  return () => {
    win.removeEventListener('message', onMessage);
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
