import { publishedDataset } from '../../support/dataset';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../src/store/appStore';
import { installAutomationHook } from '../../../src/app/automationHook';

const dataset = publishedDataset();
import { TODAY } from '../../support/today';

describe('impossible dates are refused at every entry point (audit D9)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([['2024-13-45'], ['2024-02-30'], ['0000-00-00'], [''], ['2024-6-1']])(
    'the store ignores %j',
    (bad) => {
      const store = createAppStore({ today: TODAY, date: '2024-06-01' });
      store.getState().setDate(bad);
      expect(store.getState().date).toBe('2024-06-01');
    },
  );

  it('the store ignores values that are not text at all', () => {
    const store = createAppStore({ today: TODAY, date: '2024-06-01' });
    for (const bad of [20240601, null, undefined, {}, ['2024-06-02']])
      store.getState().setDate(bad as unknown as string);
    expect(store.getState().date).toBe('2024-06-01');
  });

  it('the automation hook refuses with a note and a warning, and clamps real dates', () => {
    vi.stubGlobal('window', {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createAppStore({ today: TODAY, date: '2024-06-01' });
    installAutomationHook(store);
    const hook = (globalThis as unknown as { window: Window }).window.permissionMap!;
    expect(hook.setDate(20240601 as unknown as string)).toBe(false);
    expect(hook.setDate(null as unknown as string)).toBe(false);
    expect(hook.setDate('2024-02-30')).toBe(false);
    expect(store.getState().date).toBe('2024-06-01');
    expect(store.getState().notes.map((n) => [n.param, n.value])).toEqual([
      ['setDate', 'number'],
      ['setDate', 'object'],
      ['setDate', '2024-02-30'],
    ]);
    expect(warn).toHaveBeenCalledTimes(3);
    expect(hook.setDate('2099-01-01')).toBe(true);
    expect(store.getState().date).toBe(TODAY);
    warn.mockRestore();
  });
});

describe('a dataset the engine cannot run ends in an error, never a stuck "Loading" (audit D1)', () => {
  it('turns an engine error into the error phase', () => {
    const store = createAppStore({ today: TODAY });
    store.getState().dataLoaded({ ...dataset, epochs: [] });
    expect(store.getState().phase).toBe('error');
    expect(store.getState().error?.message).toBeTruthy();
  });

  it('retries with the registered loader', () => {
    const store = createAppStore({ today: TODAY });
    const load = vi.fn(() => store.getState().dataLoaded(dataset));
    store.getState().setLoader(load);
    store.getState().dataFailed({ message: 'x answered 503', part: 'data' });
    store.getState().retryLoad();
    expect(load).toHaveBeenCalledOnce();
    expect(store.getState().phase).toBe('ready');
  });
});
