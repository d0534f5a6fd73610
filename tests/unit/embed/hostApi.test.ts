import { publishedDataset } from '../../support/dataset';
import { describe, expect, it, vi } from 'vitest';
import { createAppStore, type AppStore } from '../../../src/store/appStore';
import { connectHostApi, isAllowedSender } from '../../../src/embed/hostApi';
import { createWarner, previewOf } from '../../../src/embed/warnThrottle';

const dataset = publishedDataset();
const TODAY = '2026-11-22';

/** A frame's window with a parent, a sibling frame, and frames run by hand. */
function fakeFrame() {
  const listeners: ((event: MessageEvent) => void)[] = [];
  const frames: (() => void)[] = [];
  const parent = { postMessage: vi.fn() } as unknown as Window & { postMessage: ReturnType<typeof vi.fn> };
  const sibling = { postMessage: vi.fn() } as unknown as Window;
  const win = {
    parent,
    addEventListener: (_: string, l: (event: MessageEvent) => void) => listeners.push(l),
    removeEventListener: () => listeners.splice(0),
    requestAnimationFrame: (run: () => void) => frames.push(run),
  } as unknown as Window;
  const send = (data: unknown, source: Window = parent, origin = 'https://host.example') =>
    listeners.forEach((l) => l({ data, source, origin } as MessageEvent));
  const runFrame = () => frames.splice(0).forEach((run) => run());
  return { win, parent, sibling, send, runFrame };
}

function readyStore(): AppStore {
  const store = createAppStore({ today: TODAY, date: '2024-06-01' });
  store.getState().dataLoaded(dataset);
  return store;
}

describe('host API', () => {
  it('coalesces a burst of set messages into one change per frame, the last values winning (D6)', () => {
    const store = readyStore();
    const frame = fakeFrame();
    connectHostApi(store, frame.win, { onAutoHeight: () => {} });
    let updates = 0;
    store.subscribe(() => updates++);
    for (let i = 0; i < 10_000; i++)
      frame.send({ type: 'permission-map:set', date: i % 2 ? '2023-01-01' : '2024-01-01', weapon: 'himars' });
    frame.send({ type: 'permission-map:set', zone: 'crimea' });
    expect(updates).toBe(0);
    frame.runFrame();
    expect(store.getState()).toMatchObject({ date: '2023-01-01', weapon: 'himars', zone: 'crimea' });
    expect(updates).toBeLessThanOrEqual(3); // date, weapon, zone: one store update each
  });

  it('answers get-state with every command sent before it applied', () => {
    const store = readyStore();
    const frame = fakeFrame();
    connectHostApi(store, frame.win, { onAutoHeight: () => {} });
    frame.send({ type: 'permission-map:set', date: '2024-05-30' });
    frame.send({ type: 'permission-map:get-state', requestId: 7 }, frame.parent);
    const reply = frame.parent.postMessage.mock.calls.find((c) => c[0].type === 'permission-map:state')!;
    expect(reply[0]).toMatchObject({ requestId: 7, state: { date: '2024-05-30', apiVersion: 1 } });
    expect(reply[1]).toEqual({ targetOrigin: 'https://host.example' });
  });

  it('with commands=parent, obeys the parent and ignores a sibling frame (D7)', () => {
    const store = readyStore();
    const frame = fakeFrame();
    const warn = vi.fn();
    connectHostApi(store, frame.win, { onAutoHeight: () => {}, commandSenders: ['parent'], warn });
    frame.send({ type: 'permission-map:set', date: '2022-03-01' }, frame.sibling, 'https://ads.example');
    frame.runFrame();
    expect(store.getState().date).toBe('2024-06-01');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/not allowed by the commands option/));
    frame.send({ type: 'permission-map:set', date: '2022-03-01' }, frame.parent);
    frame.runFrame();
    expect(store.getState().date).toBe('2022-03-01');
  });

  it('with named origins, obeys only those origins', () => {
    const parent = {} as Window;
    const ok = isAllowedSender({ source: null, origin: 'https://school.example' }, parent, [
      'https://school.example',
    ]);
    const no = isAllowedSender({ source: parent, origin: 'https://other.example' }, parent, [
      'https://school.example',
    ]);
    expect([ok, no]).toEqual([true, false]);
    expect(isAllowedSender({ source: null, origin: 'https://x.example' }, parent, undefined)).toBe(true);
  });

  it('announces ready once, and changes throttled', async () => {
    vi.useFakeTimers();
    const store = createAppStore({ today: TODAY, date: '2024-06-01' });
    const frame = fakeFrame();
    connectHostApi(store, frame.win, { onAutoHeight: () => {} });
    store.getState().dataLoaded(dataset);
    for (const d of ['2024-06-02', '2024-06-03', '2024-06-04']) store.getState().setDate(d);
    vi.advanceTimersByTime(150);
    const types = frame.parent.postMessage.mock.calls.map((c) => c[0].type);
    expect(types).toEqual(['permission-map:ready', 'permission-map:change']);
    expect(frame.parent.postMessage.mock.calls[1]![0].state.date).toBe('2024-06-04');
    vi.useRealTimers();
  });

  it('tells auto-height requests to the page', () => {
    const frame = fakeFrame();
    const onAutoHeight = vi.fn();
    connectHostApi(readyStore(), frame.win, { onAutoHeight });
    frame.send({ type: 'permission-map:auto-height' });
    expect(onAutoHeight).toHaveBeenCalledOnce();
  });
});

describe('warnings about malformed messages (D12)', () => {
  it('are throttled: a flood of 500 gives at most 11 lines', () => {
    const frame = fakeFrame();
    const warn = vi.fn();
    connectHostApi(readyStore(), frame.win, { onAutoHeight: () => {}, warn });
    for (let i = 0; i < 500; i++) frame.send({ type: 'permission-map:set', weapon: 'x'.repeat(1 << 20) });
    expect(warn.mock.calls.length).toBe(11);
    expect(warn.mock.calls.at(-1)![0]).toMatch(/dropped/);
  });

  it('are truncated: a 1 MiB payload is shown in a short preview', () => {
    const frame = fakeFrame();
    const warn = vi.fn();
    connectHostApi(readyStore(), frame.win, { onAutoHeight: () => {}, warn });
    frame.send({ type: 'permission-map:set', weapon: 'x'.repeat(1 << 20) });
    expect(warn.mock.calls[0]![0].length).toBeLessThan(300);
  });

  it('start again after the window', () => {
    let t = 0;
    const warn = vi.fn();
    const w = createWarner(warn, () => t);
    for (let i = 0; i < 20; i++) w('bad', null);
    t = 10_000;
    w('bad', null);
    expect(warn).toHaveBeenCalledTimes(12);
  });

  it('preview cyclic or unserialisable values without throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(previewOf(cyclic)).toBe('[object Object]');
    expect(previewOf(10n)).toBe('[object BigInt]');
    expect(previewOf(undefined)).toBe('undefined');
  });
});
