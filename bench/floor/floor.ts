// The benchmark floor (npm run bench; docs/performance.md): the app's map and nothing else.
//
// Same MapLibre build and worker, same shipped geometry (public/geo/*.geojson, resolved through
// <meta name="app-root"> like the app), the same style (src/map/style.ts: its layers, the colours
// of src/map/palette.ts through feature-state + promoteId, the hatch/dot pattern images) and the
// same map options, so the map draws exactly what the app's map draws. What it leaves out is
// everything the app adds around the map: React, the store, the dataset
// (public/data/permissions.json), the panels, the city labels (HTML markers), the zoom buttons.
// The difference app − floor is the app's own cost.
//
// The floor computes no statuses. Its first view shows a fixed set (FLOOR_STATUSES in
// statuses.ts: the latest epoch's, which the app shows for today; the driver checks they still
// match). For the slider benchmark the driver hands it, via `window.floor.setSequence`, the
// per-day statuses it computed from the dataset in Node; the floor's bare slider steps through
// them one day per key press, moves its thumb, and calls setFeatureState for the zones whose
// status changed: the same calls the app's map adapter makes for them.

import { AttributionControl, Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../../src/map/maplibreWorker';
import { appRootUrl } from '../../src/app/appRoot';
import { ZONE_IDS, type StatusId, type ZoneId } from '../../src/domain/ids';
import { BASE_MAP_OPTIONS } from '../../src/map/mapOptions';
import { PATTERNED_STATUSES } from '../../src/map/palette';
import { addPatternImages } from '../../src/map/patterns';
import { buildMapStyle, SOURCE_CONTEXT, SOURCE_ZONES, STATE_STATUS } from '../../src/map/style';
import { FLOOR_STATUSES } from './statuses';

// The same performance marks as the app's (src/perf/marks.ts), so the driver reads both alike.
import {
  FIRST_COLOURED_FRAME_MARK,
  MAP_CREATED_MARK,
  SOURCES_LOADED_MARK,
  STATUSES_APPLIED_MARK,
} from '../../src/perf/marks';

export type ZoneStatusMap = Readonly<Record<ZoneId, StatusId>>;

/** `window.floor`: the bench driver's handle on this page. */
export interface FloorHook {
  /** True once the sources are loaded and the first statuses are applied. */
  readonly ready: boolean;
  /** Resolves `true` when the map has drawn everything asked of it, `false` on time-out. */
  whenIdle(timeoutMs?: number): Promise<boolean>;
  /** Recolours the zones whose status differs from the last applied. Returns setFeatureState calls made. */
  setStatuses(statuses: ZoneStatusMap): number;
  /** The per-day statuses the slider steps through (index 0 = first day of the timeline). */
  setSequence(days: readonly ZoneStatusMap[]): void;
  /** CSS pixels of a point in the map canvas. */
  project(lngLat: [number, number]): [number, number];
}

declare global {
  interface Window {
    floor?: FloorHook;
  }
}

// The driver sizes the map like the app's map canvas (?w=&h= in CSS pixels), so both draw as many pixels.
const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
const width = Number(params.get('w'));
const height = Number(params.get('h'));
if (width > 0) container.style.width = `${width}px`;
if (height > 0) container.style.height = `${height}px`;

const root = appRootUrl(document);
performance.mark(MAP_CREATED_MARK);
const map = new MapLibreMap({
  container,
  style: buildMapStyle({
    zonesUrl: new URL('geo/zones.geojson', root).href,
    contextUrl: new URL('geo/context.geojson', root).href,
    theme: 'light',
  }),
  // The same options as the app's map adapter, minus its interaction handlers.
  ...BASE_MAP_OPTIONS,
});
// The geometry's licence requires the attribution, so even the floor shows it.
map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
addPatternImages(map, PATTERNED_STATUSES);

let applied: Partial<Record<ZoneId, StatusId>> = {};
let ready = false;
let sequence: readonly ZoneStatusMap[] = [];
let dayIndex = 0;

function setStatuses(statuses: ZoneStatusMap): number {
  let calls = 0;
  for (const zone of ZONE_IDS) {
    if (applied[zone] !== statuses[zone]) {
      map.setFeatureState({ source: SOURCE_ZONES, id: zone }, { [STATE_STATUS]: statuses[zone] });
      calls++;
    }
  }
  applied = { ...statuses };
  return calls;
}

const onSourceData = () => {
  if (!map.isSourceLoaded(SOURCE_ZONES) || !map.isSourceLoaded(SOURCE_CONTEXT)) return;
  map.off('sourcedata', onSourceData);
  performance.mark(SOURCES_LOADED_MARK);
  setStatuses(FLOOR_STATUSES);
  // As in the app: the first frame drawn after the statuses are applied shows the zones in colour.
  performance.mark(STATUSES_APPLIED_MARK);
  map.once('render', () => performance.mark(FIRST_COLOURED_FRAME_MARK));
  ready = true;
};
map.on('sourcedata', onSourceData);

// A bare slider: one day per arrow key, a thumb that moves, and the map recoloured when the day's
// statuses differ. The least any date slider over this map has to do.
const thumb = document.querySelector<HTMLElement>('[role="slider"]')!;
function moveTo(index: number): void {
  const last = Math.max(0, sequence.length - 1);
  dayIndex = Math.min(last, Math.max(0, index));
  thumb.style.left = `${(dayIndex / Math.max(1, last)) * 100}%`;
  thumb.setAttribute('aria-valuenow', String(dayIndex));
  const statuses = sequence[dayIndex];
  if (statuses) setStatuses(statuses);
}
thumb.addEventListener('keydown', (event) => {
  const steps: Record<string, () => number> = {
    ArrowRight: () => dayIndex + 1,
    ArrowLeft: () => dayIndex - 1,
    Home: () => 0,
    End: () => sequence.length - 1,
  };
  const step = steps[event.key];
  if (!step) return;
  event.preventDefault();
  moveTo(step());
});

window.floor = {
  get ready() {
    return ready;
  },
  whenIdle(timeoutMs = 15_000) {
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      map.once('idle', () => {
        clearTimeout(timer);
        resolve(true);
      });
      map.triggerRepaint();
    });
  },
  setStatuses,
  setSequence(days) {
    sequence = days;
    thumb.setAttribute('aria-valuemax', String(Math.max(0, days.length - 1)));
    moveTo(dayIndex);
  },
  project(lngLat) {
    const point = map.project(lngLat);
    return [point.x, point.y];
  },
};
