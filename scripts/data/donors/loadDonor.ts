// One donor of data/donors/: its transitions file checked with the US record checks, its classes
// assembled from the registry, its epochs built by the same engine, its event list gathered.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildEpochs, MissingStatusError } from '../../../src/domain/epochs';
import {
  DONOR_CLASS_IDS,
  DONOR_STATUS_IDS,
  type DonorClass,
  type DonorDataset,
  type DonorEpoch,
} from '../../../src/domain/donors';
import type { Epoch, ISODate, Transition } from '../../../src/domain/types';
import type { EventInput, MetaInput, TransitionInput } from '../../../src/data-schema/schema';
import {
  DonorTransitionsFileSchema,
  type DonorClassInfoInput,
  type DonorInput,
  type DonorTransitionInput,
} from '../../../src/data-schema/donors';
import type { DataError } from '../checks/errors';
import { errorAt, readYaml, type ParsedFile } from '../checks/files';
import { checkShape, transitionLabel } from '../checks/shape';
import type { CheckContext } from '../checks/context';
import { checkTransitionRecords } from '../checks/transitions';
import { checkClaims } from '../checks/claims';
import { checkRussianZones } from '../checks/russian-zones';
import * as out from '../checks/assemble';

export interface DonorLoaded {
  dataset: DonorDataset;
  transitions: DonorTransitionInput[];
}

/** What every donor shares: the US meta and zones, the registry's classes and statuses, all events. */
export interface DonorEnv {
  donorsDir: string;
  start: ISODate;
  ctx: CheckContext;
  meta: MetaInput;
  zones: readonly { id: string; name: string; description: string }[];
  classInfo: readonly DonorClassInfoInput[];
  statuses: readonly { id: string; label: string; description: string }[];
  events: ReadonlyMap<string, EventInput>;
}

export const transitionsFile = (id: string) => `${id}/transitions.yaml`;

function assembleClasses(
  donor: DonorInput,
  info: readonly DonorClassInfoInput[],
  start: ISODate,
): DonorClass[] {
  const uses = donor.classes ?? [];
  return DONOR_CLASS_IDS.filter((id) => uses.some((u) => u.id === id)).map((id) => {
    const use = uses.find((u) => u.id === id)!;
    const c = info.find((x) => x.id === id)!;
    const d =
      use.firstDelivered === undefined
        ? { date: start, precision: 'assumed' as const, basis: [], note: c.deliveryNote }
        : use.firstDelivered;
    return out.assembleClass(id, c, d, use.notSupplied, c.inSummary);
  });
}

/** A transition's classes must be ones the donor uses (donors.yaml). */
function checkClassesUsed(
  file: ParsedFile,
  transitions: readonly DonorTransitionInput[],
  classes: readonly string[],
  donorId: string,
): DataError[] {
  const errors: DataError[] = [];
  transitions.forEach((t, i) =>
    t.weapons.forEach((w, k) => {
      if (!classes.includes(w))
        errors.push(
          errorAt(
            file,
            [i, 'weapons', k],
            transitionLabel(t, i),
            `weapons[${k}]`,
            `class "${w}" is not one of ${donorId}'s classes in donors.yaml (${classes.join(', ')})`,
          ),
        );
    }),
  );
  return errors;
}

/** The ids a donor's cells and classes cite, and the events about the donor: its event list. */
function eventsFor(
  eventDonor: string,
  epochs: readonly DonorEpoch[],
  classes: readonly DonorClass[],
  all: ReadonlyMap<string, EventInput>,
): EventInput[] {
  const ids = new Set<string>();
  for (const e of all.values())
    if (e.donor === eventDonor || e.otherDonors?.includes(eventDonor)) ids.add(e.id);
  for (const epoch of epochs)
    for (const byClass of Object.values(epoch.statuses))
      for (const cell of Object.values(byClass)) {
        cell?.basis.forEach((id) => ids.add(id));
        cell?.readings?.forEach((r) => r.basis.forEach((id) => ids.add(id)));
      }
  for (const c of classes) {
    c.firstDelivered?.basis.forEach((id) => ids.add(id));
    c.notSupplied?.basis.forEach((id) => ids.add(id));
  }
  return [...ids].map((id) => all.get(id)!).filter(Boolean);
}

/** The donor's epochs, or the reason they cannot be built (a cell without a status). */
function donorEpochs(
  env: DonorEnv,
  name: string,
  classes: DonorClass[],
  transitions: TransitionInput[],
  classIds: string[],
): Epoch[] | DataError {
  try {
    return buildEpochs({
      start: env.start,
      end: env.meta.reviewedThrough,
      weapons: classes as unknown as Parameters<typeof buildEpochs>[0]['weapons'],
      transitions: out.assembleTransitions(transitions) as Transition[],
      weaponIds: classIds,
    });
  } catch (e) {
    if (e instanceof MissingStatusError) return { file: name, message: e.message };
    throw e;
  }
}

function datasetOf(
  env: DonorEnv,
  donor: DonorInput,
  classes: DonorClass[],
  epochs: DonorEpoch[],
): DonorDataset {
  return {
    donor: { id: donor.id, name: donor.name },
    version: env.meta.version,
    reviewedThrough: env.meta.reviewedThrough,
    timelineStart: env.start,
    zones: out.assembleZones(env.zones),
    weapons: classes,
    statuses: DONOR_STATUS_IDS.map((id) => {
      const s = env.statuses.find((x) => x.id === id)!;
      return { id, label: s.label, description: s.description };
    }),
    epochs,
    events: out.assembleEvents(eventsFor(donor.eventDonor, epochs, classes, env.events)),
  };
}

/** Loads one donor's transitions into its dataset; errors name its file, record and field. */
export function loadDonor(
  env: DonorEnv,
  donor: DonorInput & { classes: NonNullable<DonorInput['classes']> },
): DonorLoaded | DataError[] {
  const name = transitionsFile(donor.id);
  if (!existsSync(join(env.donorsDir, name)))
    return [{ file: name, message: `file is missing (every donor in donors.yaml needs one)` }];
  const errors: DataError[] = [];
  const file = readYaml(env.donorsDir, name, errors);
  const transitions = checkShape(file, DonorTransitionsFileSchema, transitionLabel, errors);
  if (!file || !transitions) return errors;
  const classIds = donor.classes.map((c) => c.id);
  // The US checks read the fields they check; the donor ids are opaque to them.
  const asUs = transitions as unknown as TransitionInput[];
  const recordErrors = [
    ...checkTransitionRecords(env.ctx, file, asUs),
    ...checkClassesUsed(file, transitions, classIds, donor.id),
    ...checkClaims(file, asUs, env.start, classIds).errors,
  ];
  if (recordErrors.length > 0) return recordErrors;
  const classes = assembleClasses(donor, env.classInfo, env.start);
  const epochs = donorEpochs(env, name, classes, asUs, classIds);
  if (!Array.isArray(epochs)) return [epochs];
  const zoneErrors = checkRussianZones(file, asUs, epochs, classIds);
  if (zoneErrors.length > 0) return zoneErrors;
  return { dataset: datasetOf(env, donor, classes, epochs as unknown as DonorEpoch[]), transitions };
}
