// Loading data into the store: the first load, its retry, and the donor switch (issue #15), which
// loads another donor's dataset and swaps the engine while the map keeps showing the old one.
import { createEngine } from '../domain/engine';
import type { Dataset } from '../domain/dataset';
import type { DonorId } from '../domain/donors';
import type { AppActions, Engine, GetState, SetState } from './appStore';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

const epochOf = (engine: Engine | null, date: string) => (engine ? engine.epochIndexAt(date) : 0);

type DataActions = Pick<
  AppActions,
  'dataLoaded' | 'dataFailed' | 'versionsLoaded' | 'setLoader' | 'retryLoad' | 'setDonorLoader' | 'setDonor'
>;

/** The engine for a dataset, or the reason it cannot run (a dataset the validator let through). */
function engineFor(dataset: Dataset): Engine | string {
  try {
    return createEngine(dataset);
  } catch (error) {
    return errorText(error);
  }
}

/**
 * The weapon filter the new dataset can show: a class the donor does not have falls back to all
 * its weapons, with a note (a `weapon=` link from another donor, or a switch).
 */
function weaponFor(get: GetState, engine: Engine): Partial<ReturnType<GetState>> {
  const { weapon } = get();
  if (weapon === 'all' || engine.classIds.includes(weapon)) return {};
  get().addNotes([{ param: 'weapon', value: weapon, reason: 'donorClass' }]);
  return { weapon: 'all' };
}

export function dataActions(set: SetState, get: GetState): DataActions {
  let loader: () => void = () => {};
  let donorLoader: ((donor: DonorId) => Promise<Dataset>) | null = null;
  let switchCount = 0;
  return {
    dataLoaded(dataset) {
      const engine = engineFor(dataset);
      if (typeof engine === 'string') {
        set({ phase: 'error', error: { message: engine, part: 'data' } });
        return;
      }
      const donor = dataset.donor?.id ?? 'us';
      const weapon = weaponFor(get, engine);
      set({
        phase: 'ready',
        error: null,
        dataset,
        engine,
        donor,
        ...weapon,
        epochIndex: epochOf(engine, get().date),
      });
    },
    dataFailed(error) {
      set({ phase: 'error', error });
    },
    versionsLoaded(versions) {
      set({ versions });
    },
    setLoader(load) {
      loader = load;
    },
    retryLoad() {
      set({ phase: 'loading', error: null });
      loader();
    },
    setDonorLoader(load) {
      donorLoader = load;
    },
    async setDonor(donor) {
      const { donor: current, donorRequest, phase } = get();
      if (donor === current && !donorRequest) return;
      if (donorRequest?.id === donor && donorRequest.state === 'loading') return;
      if (donor === current || !donorLoader || phase !== 'ready') {
        set({ donorRequest: null });
        return;
      }
      const ticket = ++switchCount;
      set({ donorRequest: { id: donor, state: 'loading' }, playing: false });
      let dataset: Dataset;
      try {
        dataset = await donorLoader(donor);
      } catch (error) {
        if (ticket === switchCount)
          set({ donorRequest: { id: donor, state: 'error', message: errorText(error) } });
        return;
      }
      // A later switch wins: an answer that arrives after it is dropped.
      if (ticket !== switchCount) return;
      const engine = engineFor(dataset);
      if (typeof engine === 'string') {
        set({ donorRequest: { id: donor, state: 'error', message: engine } });
        return;
      }
      const weapon = weaponFor(get, engine);
      set({ dataset, engine, donor, ...weapon, donorRequest: null, epochIndex: epochOf(engine, get().date) });
    },
  };
}
