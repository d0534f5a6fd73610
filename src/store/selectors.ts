import { ZONE_IDS, type ClassId, type NamedRegionId, type ShownStatusId, type ZoneId } from '../domain/ids';
import type { PolicyEvent } from '../domain/types';
import { cellOf, type DatasetEpoch } from '../domain/dataset';
import { sentenceFor } from '../domain/sentence';
import { createTimelineModel, type TimelineModel } from '../domain/timeline';
import { formatDate } from '../i18n/locale';
import { sentenceWordsFor } from '../i18n/sentenceWords';
import type { MapView } from '../domain/mapView';
import type { AppState, Engine, WeaponFilter } from './appStore';

type Epoch = DatasetEpoch;
type StatusId = ShownStatusId;

// Selectors derive everything the views need from (engine, epochIndex, weapon, zone); the engine
// is the active donor's, so everything below follows the donor switch. Results are
// memoised on those inputs, so a slider tick inside an epoch returns the very same objects and
// subscribers (the map adapter above all) can compare by reference and do nothing.

function memoize<Args extends unknown[], R>(fn: (...args: Args) => R): (...args: Args) => R {
  let lastArgs: Args | null = null;
  let lastResult: R;
  return (...args: Args) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => Object.is(a, lastArgs![i])))
      return lastResult;
    lastArgs = args;
    lastResult = fn(...args);
    return lastResult;
  };
}

export function currentEpoch(state: Pick<AppState, 'engine' | 'epochIndex'>): Epoch | null {
  return state.engine?.epochs[state.epochIndex] ?? null;
}

/** The status each zone shows for a weapon filter: the summary level, or the weapon's own status. */
const zoneStatuses = memoize(
  (engine: Engine | null, epochIndex: number, weapon: WeaponFilter): Record<ZoneId, StatusId> | null => {
    const epoch = engine?.epochs[epochIndex];
    if (!engine || !epoch) return null;
    return engine.levelsAt(epoch.from, weapon);
  },
);

export function selectZoneStatuses(state: AppState): Record<ZoneId, StatusId> | null {
  return zoneStatuses(state.engine, state.epochIndex, state.weapon);
}

/**
 * The events the page lists, in date order: for the US its own (permissions.json also holds the
 * other donors' events); for another donor every event of its file, which holds the donor's own
 * events and the US decisions its permissions depended on.
 */
const policyEvents = memoize((engine: Engine | null): PolicyEvent[] => {
  if (!engine) return [];
  if (engine.dataset.donor && engine.dataset.donor.id !== 'us') return [...engine.events];
  return engine.events.filter((e) => e.donor === 'US');
});

export function selectPolicyEvents(state: AppState): PolicyEvent[] {
  return policyEvents(state.engine);
}

const timeline = memoize((engine: Engine | null, today: string): TimelineModel | null =>
  engine
    ? createTimelineModel({
        today,
        events: policyEvents(engine),
        reviewedThrough: engine.reviewedThrough,
        isBeyondReview: engine.isBeyondReview,
      })
    : null,
);

/** The headless timeline (range, positions, events by day, beyond review); null until data is loaded. */
export function selectTimeline(state: Pick<AppState, 'engine' | 'today'>): TimelineModel | null {
  return timeline(state.engine, state.today);
}

const NO_EVENTS: readonly PolicyEvent[] = [];

/** The US events of the current day: the same array all day, so subscribers re-render only on event days. */
export function selectEventsOfDay(state: AppState): readonly PolicyEvent[] {
  return selectTimeline(state)?.eventsOn(state.date) ?? NO_EVENTS;
}

/**
 * Named regions in view: those a current condition refers to ("in and around Kursk") and those
 * mentioned by the events behind the changes that opened the current epoch.
 */
const highlightedRegions = memoize((engine: Engine | null, epochIndex: number): readonly NamedRegionId[] => {
  const epoch = engine?.epochs[epochIndex];
  if (!engine || !epoch) return [];
  const regions = new Set<NamedRegionId>();
  for (const zone of ZONE_IDS) {
    for (const weapon of engine.classIds) {
      const cell = cellOf(epoch.statuses[zone], weapon);
      for (const region of cell.regions ?? []) regions.add(region);
      if (cell.since !== epoch.from) continue;
      for (const id of cell.basis)
        for (const region of engine.eventById(id)?.regions ?? []) regions.add(region);
    }
  }
  return [...regions].sort();
});

const mapView = memoize(
  (
    statuses: Record<ZoneId, StatusId> | null,
    selectedZone: ZoneId | null,
    regions: readonly NamedRegionId[],
  ): MapView => ({
    statuses,
    selectedZone,
    highlightedRegions: regions,
  }),
);

export function selectMapView(state: AppState): MapView {
  return mapView(selectZoneStatuses(state), state.zone, highlightedRegions(state.engine, state.epochIndex));
}

export function selectHighlightedRegions(state: AppState): readonly NamedRegionId[] {
  return highlightedRegions(state.engine, state.epochIndex);
}

/** Each zone's class statuses: the dataset's own classes only. */
export type CellStatuses = Record<ZoneId, Partial<Record<ClassId, StatusId>>>;

const cellStatuses = memoize(
  (epoch: Epoch | null, classIds: readonly ClassId[] | undefined): CellStatuses | null =>
    epoch && classIds
      ? (Object.fromEntries(
          ZONE_IDS.map((zone) => [
            zone,
            Object.fromEntries(classIds.map((w) => [w, cellOf(epoch.statuses[zone], w).status])),
          ]),
        ) as CellStatuses)
      : null,
);

const visibleStatuses = memoize((statuses: CellStatuses | null, shown: Record<ZoneId, StatusId> | null) => ({
  statuses,
  shown: statuses ? shown : null,
}));

/**
 * Every zone × weapon status at the current date, plus what each zone shows: for hooks and APIs.
 * Memoised per epoch and filter, so a host API change message inside an epoch rebuilds nothing.
 */
export function selectVisibleStatuses(state: AppState): {
  statuses: CellStatuses | null;
  shown: Record<ZoneId, StatusId> | null;
} {
  return visibleStatuses(
    cellStatuses(currentEpoch(state), state.engine?.classIds),
    selectZoneStatuses(state),
  );
}

/** The summary sentence for the current date, weapon filter and language (page and host API alike). */
export function selectSentence(
  state: Pick<AppState, 'engine' | 'epochIndex' | 'date' | 'lang' | 'weapon' | 'donor'>,
): string {
  const epoch = currentEpoch(state);
  if (!epoch || !state.engine) return '';
  const words = sentenceWordsFor(state.lang, state.donor);
  return sentenceFor(
    formatDate(state.date, state.lang),
    epoch,
    state.weapon,
    state.engine.dataset.weapons,
    words,
  );
}
