import { describe, expect, it } from 'vitest';
import { mapViewDiff } from '../../../src/map/mapDiff';
import type { MapView } from '../../../src/domain/mapView';
import { createAppStore } from '../../../src/store/appStore';
import { selectMapView } from '../../../src/store/selectors';
import { addDays } from '../../../src/domain/dates';
import { realDataset } from '../../support/dataset';
import { TODAY } from '../../support/today';

const empty: MapView = { statuses: null, selectedZone: null, highlightedRegions: [] };

describe('mapViewDiff: the feature-state writes from one map view to the next', () => {
  it('colours every zone on the first view, then only the zones whose status changed', () => {
    const store = createAppStore({ today: TODAY, date: '2024-05-29' });
    store.getState().dataLoaded(realDataset());
    const before = selectMapView(store.getState());
    expect(
      mapViewDiff(empty, before)
        .filter((w) => w.source === 'zones')
        .map((w) => w.id),
    ).toEqual(['crimea', 'kharkiv-sector', 'border-zone', 'deep-russia', 'ukraine']);
    // 30 May 2024: the counter-fire permission opposite Kharkiv changes some zones' colour, not all.
    store.getState().setDate('2024-05-31');
    const after = selectMapView(store.getState());
    const writes = mapViewDiff(before, after).filter((w) => 'status' in w.state);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.length).toBeLessThan(5);
    for (const w of writes) expect(w.state).toEqual({ status: after.statuses![w.id as 'crimea'] });
  });

  it('writes nothing across a stretch of days on which no zone changes colour', () => {
    const store = createAppStore({ today: TODAY, date: '2023-01-01' });
    store.getState().dataLoaded(realDataset());
    let view = selectMapView(store.getState());
    let writes = 0;
    for (let i = 1; i <= 20; i++) {
      store.getState().setDate(addDays('2023-01-01', i));
      const next = selectMapView(store.getState());
      writes += mapViewDiff(view, next).filter((w) => 'status' in w.state).length;
      view = next;
    }
    expect(writes).toBe(0);
  });

  it('moves the selection and the highlighted regions, clearing what they leave', () => {
    const a: MapView = {
      statuses: null,
      selectedZone: 'crimea',
      highlightedRegions: ['kursk-oblast', 'sumy-oblast'],
    };
    const b: MapView = {
      statuses: null,
      selectedZone: 'deep-russia',
      highlightedRegions: ['sumy-oblast', 'moscow'],
    };
    expect(mapViewDiff(a, b)).toEqual([
      { source: 'zones', id: 'crimea', state: { selected: false } },
      { source: 'zones', id: 'deep-russia', state: { selected: true } },
      { source: 'context', id: 'kursk-oblast', state: { highlighted: false } },
      { source: 'context', id: 'moscow', state: { highlighted: true } },
    ]);
    expect(mapViewDiff(b, b)).toEqual([]);
  });
});
