import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WeaponFilter, ZoneId } from '../domain/ids';
import type { Dataset } from '../domain/dataset';
import type { DonorId } from '../domain/donors';
import type { VersionsIndex } from '../domain/versions';
import type { PermissionsEngine } from '../domain/engine';
import { clampToTimeline } from '../domain/timeline';
import { dataActions } from './dataActions';
import { reachActions } from './reachActions';
import { mover, navigationActions } from './navigation';
import type { Lang } from '../i18n/locale';
import type { Theme } from './theme';
import type { PlaceSelection, ReachData } from '../domain/placeSelection';

export type Engine = PermissionsEngine;
export type { WeaponFilter };

import type { InputNote } from './inputNotes';
export type { InputNote };
import { compareActions, initialCompareState, type CompareActions, type CompareState } from './compareSlice';
import type { ClassGroup } from '../domain/compare';

/** Why the data could not be shown; `currentVersion` is set when a pinned version is unknown. */
export interface LoadError {
  message: string;
  currentVersion?: string;
  /** What failed: the data (retried in place) or the map (its geometry, worker or code). */
  part?: 'data' | 'map';
}

export interface AppState extends CompareState {
  phase: 'loading' | 'ready' | 'error';
  error: LoadError | null;
  dataset: Dataset | null;
  engine: Engine | null;
  /** Whose weapons the page shows (issue #15): the donor of `dataset` once it has loaded. */
  donor: DonorId;
  /**
   * A donor switch on its way (`loading`) or failed (`error`, with the reason); the map keeps
   * showing `donor` meanwhile, never a blank map. Null when no switch is pending.
   */
  donorRequest: { id: DonorId; state: 'loading' | 'error'; message?: string } | null;
  /** Last day of the slider: today, in UTC. */
  today: string;
  date: string;
  /** Index of the epoch containing `date`; subscribers compare this instead of recomputing. */
  epochIndex: number;
  weapon: WeaponFilter;
  zone: ZoneId | null;
  playing: boolean;
  lang: Lang;
  theme: Theme;
  /** Classroom presentation: full screen, stepping through the changes. */
  presenting: boolean;
  /** The dataset version pinned by `?v=`, or null to follow the current data. */
  pinnedVersion: string | null;
  /** The published data versions (public/data/versions.json), once loaded; null if not (yet). */
  versions: VersionsIndex | null;
  notes: InputNote[];
  /** The place whose panel is open (a listed site or city, or a point), or null. */
  place: PlaceSelection | null;
  /** Sites and weapon ranges (public/data/sites.json, ranges.json), once loaded. */
  reach: ReachData | null;
  /** The sites and ranges could not be loaded (the place finder then lists cities only). */
  reachFailed: boolean;
  /** A newer build is installed and waiting; `apply` switches to it (reloads the page). */
  update: { apply: () => void } | null;
}

export interface AppActions extends CompareActions {
  dataLoaded(dataset: Dataset): void;
  dataFailed(error: LoadError): void;
  versionsLoaded(versions: VersionsIndex): void;
  /** Registers how to load the data, so a failed load can be retried without reloading the page. */
  setLoader(load: () => void): void;
  /** Loads the data again after a failure (the retry button). */
  retryLoad(): void;
  /** Registers how to load a donor's dataset (bootstrap: src/data/loadDonor.ts). */
  setDonorLoader(load: (donor: DonorId) => Promise<Dataset>): void;
  /** Shows another donor's weapons: loads its dataset, then swaps the engine; the date is kept. */
  setDonor(donor: DonorId): Promise<void>;
  setDate(date: string): void;
  shiftDays(days: number): void;
  shiftMonths(months: number): void;
  goToStart(): void;
  goToEnd(): void;
  goToPreviousChange(): void;
  goToNextChange(): void;
  setWeapon(weapon: WeaponFilter): void;
  selectZone(zone: ZoneId | null): void;
  setPlaying(playing: boolean): void;
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  setPresenting(presenting: boolean): void;
  /** Steps to the previous/next day on which what the map shows changes (for presenting). */
  stepShownChange(direction: -1 | 1): void;
  addNotes(notes: Omit<InputNote, 'id'>[]): void;
  setUpdate(update: { apply: () => void } | null): void;
  dismissNote(id: string): void;
  selectPlace(place: PlaceSelection | null): void;
  reachLoaded(reach: ReachData): void;
  reachLoadFailed(): void;
  /** Registers how to load sites and ranges (bootstrap loads them after the first view). */
  setReachLoader(load: () => void): void;
  /** Loads sites and ranges now, if not yet started (the reader is about to look for a place). */
  requestReach(): void;
}

export type AppStore = StoreApi<AppState & AppActions>;

export interface InitialState {
  today: string;
  date?: string;
  weapon?: WeaponFilter;
  zone?: ZoneId | null;
  donor?: DonorId;
  lang?: Lang;
  theme?: Theme;
  pinnedVersion?: string | null;
  place?: PlaceSelection | null;
  compare?: readonly DonorId[] | null;
  group?: ClassGroup;
}

let noteCounter = 0;

function samePlace(a: PlaceSelection | null, b: PlaceSelection | null): boolean {
  if (!a || !b) return a === b;
  if ('id' in a || 'id' in b) return 'id' in a && 'id' in b && a.id === b.id;
  return a.at[0] === b.at[0] && a.at[1] === b.at[1];
}

type Store = AppState & AppActions;
export type SetState = StoreApi<Store>['setState'];
export type GetState = StoreApi<Store>['getState'];

export function createAppStore(initial: InitialState): AppStore {
  return createStore<Store>()((set, get) => {
    const moveTo = mover(set, get);
    return {
      ...initialState(initial),
      ...dataActions(set, get),
      ...reachActions(set, get),
      ...navigationActions(get, moveTo),
      ...viewActions(set, get),
      ...noteActions(set, get),
      ...compareActions(set, get),
    };
  });
}

function initialState(initial: InitialState): AppState {
  return {
    phase: 'loading',
    error: null,
    dataset: null,
    engine: null,
    today: initial.today,
    date: clampToTimeline(initial.date ?? initial.today, initial.today),
    epochIndex: 0,
    weapon: initial.weapon ?? 'all',
    donor: initial.donor ?? 'us',
    donorRequest: null,
    zone: initial.zone ?? null,
    playing: false,
    lang: initial.lang ?? 'en',
    theme: initial.theme ?? 'auto',
    pinnedVersion: initial.pinnedVersion ?? null,
    versions: null,
    presenting: false,
    notes: [],
    place: initial.place ?? null,
    reach: null,
    reachFailed: false,
    update: null,
    ...initialCompareState(initial.compare, initial.group),
  };
}

type ViewActions = Pick<
  AppActions,
  'setWeapon' | 'selectZone' | 'setPlaying' | 'setLang' | 'setTheme' | 'setPresenting' | 'selectPlace'
>;

function viewActions(set: SetState, get: GetState): ViewActions {
  return {
    setWeapon(weapon) {
      // A class the active donor does not have is refused (links are checked when data loads).
      const engine = get().engine;
      if (weapon !== 'all' && engine && !engine.classIds.includes(weapon)) return;
      if (weapon !== get().weapon) set({ weapon });
    },
    selectZone(zone) {
      if (zone !== get().zone) set({ zone });
    },
    setPlaying(playing) {
      if (playing !== get().playing) set({ playing });
    },
    setLang(lang) {
      if (lang !== get().lang) set({ lang });
    },
    setTheme(theme) {
      if (theme !== get().theme) set({ theme });
    },
    setPresenting(presenting) {
      if (presenting !== get().presenting) set({ presenting, playing: false });
    },
    selectPlace(place) {
      if (!samePlace(place, get().place)) set({ place });
    },
  };
}

function noteActions(
  set: SetState,
  get: GetState,
): Pick<AppActions, 'addNotes' | 'dismissNote' | 'setUpdate'> {
  return {
    addNotes(notes) {
      if (notes.length === 0) return;
      set({ notes: [...get().notes, ...notes.map((n) => ({ ...n, id: `note-${++noteCounter}` }))] });
    },
    dismissNote(id) {
      set({ notes: get().notes.filter((n) => n.id !== id) });
    },
    setUpdate(update) {
      set({ update });
    },
  };
}
