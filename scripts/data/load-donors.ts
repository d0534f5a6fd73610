// Loads data/donors/ (the donor comparison, issue #15) with the same machinery as the US dataset:
// the same file reader and shape check, the same per-record transition checks, the same
// first-day and Russian-zone rules and the same epoch engine, over the donor's own classes and the
// extra status `no-statement`. Every donor other than the US compiles to permissions.json's shape
// plus `donor: {id, name}`; the US donor is data/permissions/ itself (export-data.ts adds `donor`).
//
// Events: the donors' new events live in data/donors/events.yaml; a basis may name any event of
// data/permissions/events/ as well (the 17 other-donor events, and the US decisions that the UK's
// and France's cruise-missile permissions depended on).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TIMELINE_START } from '../../src/domain/ids';
import { todayIso } from '../../src/domain/dates';
import { buildEpochs, MissingStatusError } from '../../src/domain/epochs';
import {
  DONOR_CLASS_IDS,
  DONOR_IDS,
  DONOR_STATUS_IDS,
  type DonorClass,
  type DonorDataset,
  type DonorEpoch,
  type DonorId,
} from '../../src/domain/donors';
import type { Epoch, ISODate, PolicyEvent, Transition } from '../../src/domain/types';
import {
  EventsFileSchema,
  MetaSchema,
  ZonesFileSchema,
  type EventInput,
  type TransitionInput,
} from '../../src/data-schema/schema';
import {
  DonorClassesFileSchema,
  DonorsFileSchema,
  DonorStatusesFileSchema,
  DonorTransitionsFileSchema,
  type DonorClassInfoInput,
  type DonorInput,
  type DonorTransitionInput,
} from '../../src/data-schema/donors';
import type { DataError } from './checks/errors';
import { errorAt, eventFileNames, readYaml, type ParsedFile } from './checks/files';
import { byId, checkShape, transitionLabel } from './checks/shape';
import { makeContext } from './checks/context';
import { checkIdsComplete } from './checks/ids';
import { checkEventDates, indexEvents } from './checks/events';
import { checkSources } from './checks/sources';
import { checkTransitionRecords } from './checks/transitions';
import { checkClaims } from './checks/claims';
import { checkRussianZones } from './checks/russian-zones';
import * as out from './checks/assemble';

export interface DonorLoaded {
  dataset: DonorDataset;
  transitions: DonorTransitionInput[];
}

export type DonorsLoadResult =
  | {
      ok: true;
      /** The registry, in file order (the US first). */
      registry: { id: DonorId; name: string; eventDonor: string; classes: string[] }[];
      /** Every donor other than the US, in registry order. */
      donors: DonorLoaded[];
      /** The new events of data/donors/events.yaml (for the translations). */
      events: PolicyEvent[];
    }
  | { ok: false; errors: DataError[] };

export interface DonorsLoadOptions {
  today?: ISODate;
}

const transitionsFile = (id: string) => `${id}/transitions.yaml`;

function checkRegistry(file: ParsedFile, donors: readonly DonorInput[]): DataError[] {
  const errors: DataError[] = [];
  const seen = new Set<string>();
  donors.forEach((d, i) => {
    const at = (path: (string | number)[], field: string, message: string) =>
      errors.push(errorAt(file, [i, ...path], `donor "${d.id}"`, field, message));
    if (seen.has(d.id)) at(['id'], 'id', 'duplicate donor id');
    seen.add(d.id);
    if (d.id === 'us' && d.classes)
      at(['classes'], 'classes', 'the US classes are data/permissions/weapons.yaml');
    if (d.id !== 'us' && !d.classes)
      at(['classes'], 'classes', 'classes is required (the classes this donor uses)');
    d.classes?.forEach((c, k) => {
      if (d.classes!.findIndex((x) => x.id === c.id) !== k)
        at(['classes', k, 'id'], `classes[${k}].id`, `class "${c.id}" is listed twice`);
      if (c.firstDelivered !== undefined && c.firstDelivered?.date !== TIMELINE_START && !c.notSupplied)
        at(
          ['classes', k],
          `classes[${k}].notSupplied`,
          'notSupplied is required for a class not supplied from the first day (what a "not yet supplied" cell says, and why)',
        );
    });
  });
  for (const id of DONOR_IDS)
    if (!seen.has(id))
      errors.push(errorAt(file, [], undefined, undefined, `donor "${id}" is missing (src/domain/donors.ts)`));
  return errors;
}

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
    return {
      id,
      name: c.name,
      shortName: c.shortName,
      description: c.description,
      range: c.range,
      systems: [...c.systems],
      firstDelivered: d ? { date: d.date, precision: d.precision, basis: [...d.basis], note: d.note } : null,
      ...(use.notSupplied
        ? { notSupplied: { note: use.notSupplied.note, basis: [...use.notSupplied.basis] } }
        : {}),
      inSummary: true,
    };
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

export function loadDonors(
  donorsDir: string,
  permissionsDir: string,
  options: DonorsLoadOptions = {},
): DonorsLoadResult {
  const today = options.today ?? todayIso();
  const start = TIMELINE_START;
  const errors: DataError[] = [];
  // The US files, read again only for what the donors share (meta, zones, the events to cite);
  // their own errors are reported under data/permissions by loadDataset.
  const usErrors: DataError[] = [];
  const meta = checkShape(
    readYaml(permissionsDir, 'meta.yaml', usErrors),
    MetaSchema,
    () => 'meta',
    usErrors,
  );
  const zones = checkShape(
    readYaml(permissionsDir, 'zones.yaml', usErrors),
    ZonesFileSchema,
    byId('zone'),
    usErrors,
  );
  const usEvents = eventFileNames(permissionsDir).map((f) => {
    const file = readYaml(permissionsDir, f, usErrors);
    return { file: file!, events: checkShape(file, EventsFileSchema, byId('event'), usErrors)! };
  });
  if (usErrors.length > 0 || !meta || !zones)
    return {
      ok: false,
      errors: [{ file: '../permissions/', message: 'data/permissions is invalid; fix it first' }],
    };

  const files = {
    donors: readYaml(donorsDir, 'donors.yaml', errors),
    classes: readYaml(donorsDir, 'classes.yaml', errors),
    statuses: readYaml(donorsDir, 'statuses.yaml', errors),
    events: readYaml(donorsDir, 'events.yaml', errors),
  };
  const donors = checkShape(files.donors, DonorsFileSchema, byId('donor'), errors);
  const classInfo = checkShape(files.classes, DonorClassesFileSchema, byId('class'), errors);
  const statuses = checkShape(files.statuses, DonorStatusesFileSchema, byId('status'), errors);
  const donorEvents = checkShape(files.events, EventsFileSchema, byId('event'), errors);
  if (!donors || !classInfo || !statuses || !donorEvents) return { ok: false, errors };

  errors.push(
    ...checkRegistry(files.donors!, donors),
    ...checkIdsComplete(files.classes!, classInfo, DONOR_CLASS_IDS, 'class'),
    ...checkIdsComplete(files.statuses!, statuses, DONOR_STATUS_IDS, 'status'),
  );
  // One index over the US events and the donors' events: an id may not be used twice.
  const events = indexEvents([...usEvents, { file: files.events!, events: donorEvents }]);
  errors.push(...events.errors.filter((e) => e.file === 'events.yaml'));
  const ctx = makeContext(start, today, meta.reviewedThrough, (id) => events.index.has(id));
  for (const entry of events.index.values())
    if (entry.file === files.events)
      errors.push(...checkEventDates(ctx, entry), ...checkSources(ctx, meta, entry));
  for (const d of donors)
    for (const [k, c] of (d.classes ?? []).entries())
      for (const [b, id] of [...(c.firstDelivered?.basis ?? []), ...(c.notSupplied?.basis ?? [])].entries())
        if (!ctx.knownEvent(id))
          errors.push(
            errorAt(
              files.donors!,
              [donors.indexOf(d), 'classes', k],
              `donor "${d.id}"`,
              `classes[${k}] basis[${b}]`,
              `unknown event ${JSON.stringify(id)} (no event has this id)`,
            ),
          );

  const loaded: DonorLoaded[] = [];
  for (const donor of donors) {
    if (donor.id === 'us' || !donor.classes) continue;
    const name = transitionsFile(donor.id);
    if (!existsSync(join(donorsDir, name))) {
      errors.push({ file: name, message: `file is missing (every donor in donors.yaml needs one)` });
      continue;
    }
    const file = readYaml(donorsDir, name, errors);
    const transitions = checkShape(file, DonorTransitionsFileSchema, transitionLabel, errors);
    if (!file || !transitions) continue;
    const classIds = donor.classes.map((c) => c.id);
    // The US checks read the fields they check; the donor ids are opaque to them.
    const asUs = transitions as unknown as TransitionInput[];
    const recordErrors = [
      ...checkTransitionRecords(ctx, file, asUs),
      ...checkClassesUsed(file, transitions, classIds, donor.id),
      ...checkClaims(file, asUs, start, classIds).errors,
    ];
    if (recordErrors.length > 0) {
      errors.push(...recordErrors);
      continue;
    }
    const classes = assembleClasses(donor, classInfo, start);
    let epochs: Epoch[];
    try {
      epochs = buildEpochs({
        start,
        end: meta.reviewedThrough,
        weapons: classes as unknown as Parameters<typeof buildEpochs>[0]['weapons'],
        transitions: out.assembleTransitions(asUs) as Transition[],
        weaponIds: classIds,
      });
    } catch (e) {
      if (e instanceof MissingStatusError) {
        errors.push({ file: name, message: e.message });
        continue;
      }
      throw e;
    }
    const zoneErrors = checkRussianZones(file, asUs, epochs, classIds);
    if (zoneErrors.length > 0) {
      errors.push(...zoneErrors);
      continue;
    }
    const donorEpochs = epochs as unknown as DonorEpoch[];
    const all = new Map([...events.index].map(([id, e]) => [id, e.event]));
    const dataset: DonorDataset = {
      donor: { id: donor.id, name: donor.name },
      version: meta.version,
      reviewedThrough: meta.reviewedThrough,
      timelineStart: start,
      zones: out.assembleZones(zones),
      weapons: classes,
      statuses: DONOR_STATUS_IDS.map((id) => {
        const s = statuses.find((x) => x.id === id)!;
        return { id, label: s.label, description: s.description };
      }),
      epochs: donorEpochs,
      events: out.assembleEvents(eventsFor(donor.eventDonor, donorEpochs, classes, all)),
    };
    loaded.push({ dataset, transitions });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    registry: donors.map((d) => ({
      id: d.id,
      name: d.name,
      eventDonor: d.eventDonor,
      classes: (d.classes ?? []).map((c) => c.id),
    })),
    donors: loaded,
    events: out.assembleEvents(donorEvents),
  };
}
