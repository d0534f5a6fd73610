// The donor comparison's part of the one store (issue #15): which donors are compared, the class
// group, and each donor file's load state. A donor file that fails keeps its message (and a retry)
// in its own cell; it never leaves the view blank or "loading" for ever.

import { compareChangeDates, type ClassGroup, type CompareDataset } from '../domain/compare';
import type { DonorId } from '../domain/donors';
import type { GetState, SetState } from './appStore';

export type CompareLoad =
  { state: 'loading' } | { state: 'ready'; dataset: CompareDataset } | { state: 'error'; message: string };

export interface CompareState {
  /** The donors compared (2–6, from `?compare=`), or null for the single map. */
  compare: DonorId[] | null;
  /** The class group the comparison shows. */
  group: ClassGroup;
  /** Each compared donor's file, once asked for. */
  compareData: Partial<Record<DonorId, CompareLoad>>;
}

export interface CompareActions {
  /** Starts (or ends, with null) the comparison; loads the files not yet loaded. */
  setCompare(donors: DonorId[] | null): void;
  setGroup(group: ClassGroup): void;
  /** Registers how to load one donor's file (bootstrap does, with the page's asset paths). */
  setCompareLoader(load: (donor: DonorId) => Promise<CompareDataset>): void;
  /** Loads one donor's file again after a failure (the retry button of its cell). */
  retryDonor(donor: DonorId): void;
}

export function initialCompareState(compare: readonly DonorId[] | null | undefined, group?: ClassGroup) {
  return {
    compare: compare ? [...compare] : null,
    group: group ?? 'all',
    compareData: {},
  } satisfies CompareState;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function compareActions(set: SetState, get: GetState): CompareActions {
  let loader: ((donor: DonorId) => Promise<CompareDataset>) | null = null;
  const setLoad = (donor: DonorId, load: CompareLoad) =>
    set({ compareData: { ...get().compareData, [donor]: load } });
  const load = (donor: DonorId) => {
    if (!loader) return;
    setLoad(donor, { state: 'loading' });
    loader(donor).then(
      (dataset) => setLoad(donor, { state: 'ready', dataset }),
      (error: unknown) => setLoad(donor, { state: 'error', message: message(error) }),
    );
  };
  const loadMissing = () => {
    for (const donor of get().compare ?? []) if (!get().compareData[donor]) load(donor);
  };
  return {
    setCompare(donors) {
      const same = JSON.stringify(donors) === JSON.stringify(get().compare);
      if (!same) set({ compare: donors ? [...donors] : null });
      loadMissing();
    },
    setGroup(group) {
      if (group !== get().group) set({ group });
    },
    setCompareLoader(next) {
      loader = next;
      loadMissing();
    },
    retryDonor(donor) {
      if (get().compareData[donor]?.state === 'error') load(donor);
    },
  };
}

const changeDays = new WeakMap<readonly CompareDataset[], Map<ClassGroup, string[]>>();
let lastDatasets: CompareDataset[] = [];

/** The ready datasets of the compared donors, the same array while none of them changes. */
export function readyCompareDatasets(s: Pick<CompareState, 'compare' | 'compareData'>): CompareDataset[] {
  const ready = (s.compare ?? []).flatMap((d) => {
    const load = s.compareData[d];
    return load?.state === 'ready' ? [load.dataset] : [];
  });
  const same = ready.length === lastDatasets.length && ready.every((d, i) => d === lastDatasets[i]);
  if (!same) lastDatasets = ready;
  return lastDatasets;
}

/**
 * Presenting a comparison: the previous/next day on which any compared donor's map changes for the
 * group (null: none that way), or undefined when the page is not comparing.
 */
export function compareStep(
  s: Pick<CompareState, 'compare' | 'compareData' | 'group'> & { date: string },
  direction: -1 | 1,
): string | null | undefined {
  if (!s.compare) return undefined;
  const datasets = readyCompareDatasets(s);
  let byGroup = changeDays.get(datasets);
  if (!byGroup) changeDays.set(datasets, (byGroup = new Map()));
  let days = byGroup.get(s.group);
  if (!days) byGroup.set(s.group, (days = compareChangeDates(datasets, s.group)));
  const target = direction > 0 ? days.find((d) => d > s.date) : days.findLast((d) => d < s.date);
  return target ?? null;
}
