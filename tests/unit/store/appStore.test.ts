import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/dates';
import { WEAPON_IDS, ZONE_IDS } from '../../../src/domain/ids';
import { createAppStore, type AppStore } from '../../../src/store/appStore';
import { selectMapView, selectZoneStatuses, selectHighlightedRegions } from '../../../src/store/selectors';
import { realDataset, statusesOn } from '../../support/dataset';
import { TODAY } from '../../support/today';

const dataset = realDataset();

function readyStore(date = '2024-06-01'): AppStore {
  const store = createAppStore({ today: TODAY, date });
  store.getState().dataLoaded(dataset);
  return store;
}

describe('app store', () => {
  let store: AppStore;
  beforeAll(() => {
    store = readyStore();
  });

  it('starts at the requested date, clamped to the timeline', () => {
    expect(createAppStore({ today: TODAY, date: '2019-01-01' }).getState().date).toBe('2022-02-24');
    expect(createAppStore({ today: TODAY }).getState().date).toBe(TODAY);
    expect(store.getState().phase).toBe('ready');
  });

  it('moves by days, months and to the ends, never past them', () => {
    const s = readyStore('2024-01-31');
    s.getState().shiftDays(1);
    expect(s.getState().date).toBe('2024-02-01');
    s.getState().shiftMonths(1);
    expect(s.getState().date).toBe('2024-03-01');
    s.getState().goToStart();
    s.getState().shiftDays(-1);
    expect(s.getState().date).toBe('2022-02-24');
    s.getState().goToEnd();
    s.getState().shiftMonths(1);
    expect(s.getState().date).toBe(TODAY);
  });

  it('keeps epochIndex in step with the engine', () => {
    const s = readyStore();
    for (const date of [
      '2022-02-24',
      '2022-06-01',
      '2023-10-17',
      '2024-05-30',
      '2024-11-17',
      '2025-10-22',
      TODAY,
    ]) {
      s.getState().setDate(date);
      expect(s.getState().epochIndex).toBe(s.getState().engine!.epochIndexAt(date));
    }
  });

  it('steps to the previous and next change of what the map shows', () => {
    const s = readyStore('2024-06-01');
    const engine = s.getState().engine!;
    s.getState().goToNextChange();
    const next = s.getState().date;
    expect(next > '2024-06-01').toBe(true);
    // With all weapons shown, a change is any cell's change of status: one on `next`, none before.
    const statuses = (d: string) =>
      ZONE_IDS.flatMap((z) => WEAPON_IDS.map((w) => statusesOn(engine, d)[z][w].status));
    expect(statuses(next)).not.toEqual(statuses('2024-06-01'));
    expect(statuses(addDays(next, -1))).toEqual(statuses('2024-06-01'));
    s.getState().goToPreviousChange();
    expect(s.getState().date <= '2024-06-01').toBe(true);
  });

  it('returns the same map view object for every day of an epoch (no map work per tick)', () => {
    const s = readyStore();
    const engine = s.getState().engine!;
    const epoch = engine.epochs.find((e) => e.from < e.to)!;
    s.getState().setDate(epoch.from);
    const first = selectMapView(s.getState());
    s.getState().shiftDays(1);
    expect(selectMapView(s.getState())).toBe(first);
    s.getState().setWeapon('atacms');
    expect(selectMapView(s.getState())).not.toBe(first);
  });

  it('shows the weapon’s own status when one weapon is chosen', () => {
    const s = readyStore('2024-06-01');
    s.getState().setWeapon('himars');
    const shown = selectZoneStatuses(s.getState())!;
    const cells = statusesOn(s.getState().engine!, '2024-06-01');
    for (const zone of Object.keys(shown) as (keyof typeof shown)[])
      expect(shown[zone]).toBe(cells[zone].himars.status);
  });

  it('highlights Kursk oblast while ATACMS may be used in and around Kursk', () => {
    const s = readyStore('2024-12-01');
    expect(selectHighlightedRegions(s.getState())).toContain('kursk-oblast');
    s.getState().setDate('2023-01-01');
    expect(selectHighlightedRegions(s.getState())).not.toContain('kursk-oblast');
  });

  it('records ignored inputs as dismissible notes', () => {
    const s = readyStore();
    s.getState().addNotes([{ param: 'date', value: 'x', reason: 'date' }]);
    const [note] = s.getState().notes;
    expect(note).toMatchObject({ param: 'date', value: 'x' });
    s.getState().dismissNote(note!.id);
    expect(s.getState().notes).toEqual([]);
  });
});
