import type { AppStore } from '../store/appStore';
import { selectVisibleStatuses, currentEpoch, selectSentence } from '../store/selectors';
import { shallowEqual, subscribeSlice } from '../store/subscribeSlice';
import { API_VERSION, parseIncoming, type EmbedState, type SetMessage } from './messages';
import { createWarner } from './warnThrottle';

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
    donor: s.donor,
    playing: s.playing,
    statuses,
    summary: shown,
    sentence: selectSentence(s),
  };
}

const CHANGE_INTERVAL_MS = 100;

export interface HostApiOptions {
  onAutoHeight: () => void;
  /** From `?commands=`: `parent` and/or origins allowed to send commands; undefined = anyone. */
  commandSenders?: readonly string[];
  /** Schedules the coalesced `set` (requestAnimationFrame in the page). */
  schedule?: (run: () => void) => void;
  warn?: (text: string) => void;
}

/** Whether a message may drive the map under the embed's `commands` option (audit D7). */
export function isAllowedSender(
  event: Pick<MessageEvent, 'source' | 'origin'>,
  parent: Window | null,
  senders: readonly string[] | undefined,
): boolean {
  if (!senders) return true;
  if (senders.includes('parent') && parent !== null && event.source === parent) return true;
  return senders.includes(event.origin);
}

/** Later fields win: a burst of `set` messages becomes one change (audit D6). */
function mergeSet(pending: Omit<SetMessage, 'type'>, next: SetMessage): Omit<SetMessage, 'type'> {
  const { type: _type, ...fields } = next;
  return { ...pending, ...fields };
}

function applySet(store: AppStore, message: Omit<SetMessage, 'type'>): void {
  const s = store.getState();
  if (message.date !== undefined) s.setDate(message.date);
  if (message.zone !== undefined) s.selectZone(message.zone);
  if (message.playing !== undefined) s.setPlaying(message.playing);
  // A donor's classes exist once its data is in: the weapon waits for the switch.
  const weapon = message.weapon;
  const setWeapon = () => weapon !== undefined && store.getState().setWeapon(weapon);
  if (message.donor !== undefined && message.donor !== s.donor)
    void s.setDonor(message.donor).then(setWeapon);
  else setWeapon();
}

/**
 * Listens to the host page: `set` (coalesced to one change per frame), `get-state` and
 * `auto-height`; announces `ready` once the data is loaded and `change` after each change
 * (throttled while playing or dragging). Outgoing messages hold no secrets, so broadcasts use
 * "*"; replies go to the asking window.
 */
export function connectHostApi(store: AppStore, win: Window, options: HostApiOptions): () => void {
  const parent = win.parent !== win ? win.parent : null;
  const schedule = options.schedule ?? ((run) => win.requestAnimationFrame(run));
  const warn = createWarner(options.warn);
  let pendingSet: Omit<SetMessage, 'type'> | null = null;
  const flushSet = () => {
    if (!pendingSet) return;
    const message = pendingSet;
    pendingSet = null;
    applySet(store, message);
  };

  const onMessage = (event: MessageEvent) => {
    const parsed = parseIncoming(event.data, store.getState().today);
    if (!parsed.ok) {
      if (parsed.reason) warn(parsed.reason, event.data);
      return;
    }
    if (!isAllowedSender(event, parent, options.commandSenders)) {
      warn(`sender ${event.origin || 'unknown'} is not allowed by the commands option`, event.data);
      return;
    }
    const message = parsed.message;
    switch (message.type) {
      case 'permission-map:set':
        if (!pendingSet) schedule(flushSet);
        pendingSet = mergeSet(pendingSet ?? {}, message);
        break;
      case 'permission-map:get-state': {
        flushSet(); // the reply reflects every command sent before it
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
  const unsubscribeReady = subscribeSlice(
    store,
    (s) => s.phase,
    (phase) => {
      if (phase === 'ready')
        parent?.postMessage({ type: 'permission-map:ready', state: embedStateOf(store) }, '*');
    },
  );
  const unsubscribeChange = subscribeSlice(
    store,
    (s) => ({ date: s.date, weapon: s.weapon, zone: s.zone, playing: s.playing, donor: s.donor }),
    () => {
      if (store.getState().phase === 'ready' && !timer) timer = setTimeout(sendChange, CHANGE_INTERVAL_MS);
    },
    shallowEqual,
  );

  return () => {
    win.removeEventListener('message', onMessage);
    unsubscribeReady();
    unsubscribeChange();
    if (timer) clearTimeout(timer);
  };
}
