// Loads data/donors/ (the donor comparison, issue #15) with the same machinery as the US dataset:
// the same file reader and shape check, the same per-record transition checks, the same
// first-day and Russian-zone rules and the same epoch engine, over the donor's own classes and the
// extra status `no-statement`. Every donor other than the US compiles to permissions.json's shape
// plus `donor: {id, name}`; the US donor is data/permissions/ itself (export-data.ts adds `donor`).
//
// Events: the donors' new events live in data/donors/events.yaml; a basis may name any event of
// data/permissions/events/ as well (the 17 other-donor events, and the US decisions that the UK's
// and France's cruise-missile permissions depended on).

import { TIMELINE_START } from '../../src/domain/ids';
import { todayIso } from '../../src/domain/dates';
import { DONOR_CLASS_IDS, DONOR_IDS, DONOR_STATUS_IDS, type DonorId } from '../../src/domain/donors';
import type { ISODate, PolicyEvent } from '../../src/domain/types';
import { EventsFileSchema, MetaSchema, ZonesFileSchema } from '../../src/data-schema/schema';
import {
  DonorClassesFileSchema,
  DonorsFileSchema,
  DonorStatusesFileSchema,
  type DonorInput,
} from '../../src/data-schema/donors';
import type { DataError } from './checks/errors';
import { errorAt, eventFileNames, readYaml, type ParsedFile } from './checks/files';
import { byId, checkShape } from './checks/shape';
import { makeContext, type CheckContext } from './checks/context';
import { checkIdsComplete } from './checks/ids';
import { checkEventDates, indexEvents } from './checks/events';
import { checkSources } from './checks/sources';
import * as out from './checks/assemble';
import { loadDonor, type DonorEnv, type DonorLoaded } from './donors/loadDonor';

export type { DonorLoaded };

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

/**
 * The US files, read again only for what the donors share (meta, zones, the events to cite); their
 * own errors are reported under data/permissions by loadDataset, so here they only stop the load.
 */
function readUsShared(permissionsDir: string) {
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
  return usErrors.length > 0 || !meta || !zones ? null : { meta, zones, usEvents };
}

/** A class's delivery or not-supplied basis must name known events. */
function checkClassBasis(file: ParsedFile, donors: readonly DonorInput[], ctx: CheckContext): DataError[] {
  const errors: DataError[] = [];
  for (const d of donors)
    for (const [k, c] of (d.classes ?? []).entries())
      for (const [b, id] of [...(c.firstDelivered?.basis ?? []), ...(c.notSupplied?.basis ?? [])].entries())
        if (!ctx.knownEvent(id))
          errors.push(
            errorAt(
              file,
              [donors.indexOf(d), 'classes', k],
              `donor "${d.id}"`,
              `classes[${k}] basis[${b}]`,
              `unknown event ${JSON.stringify(id)} (no event has this id)`,
            ),
          );
  return errors;
}

export function loadDonors(
  donorsDir: string,
  permissionsDir: string,
  options: DonorsLoadOptions = {},
): DonorsLoadResult {
  const today = options.today ?? todayIso();
  const start = TIMELINE_START;
  const errors: DataError[] = [];
  const us = readUsShared(permissionsDir);
  if (!us)
    return {
      ok: false,
      errors: [{ file: '../permissions/', message: 'data/permissions is invalid; fix it first' }],
    };
  const { meta, zones, usEvents } = us;

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
  errors.push(...checkClassBasis(files.donors!, donors, ctx));

  const env: DonorEnv = {
    donorsDir,
    start,
    ctx,
    meta,
    zones,
    classInfo,
    statuses,
    events: new Map([...events.index].map(([id, e]) => [id, e.event])),
  };
  const loaded: DonorLoaded[] = [];
  for (const donor of donors) {
    if (donor.id === 'us' || !donor.classes) continue;
    const result = loadDonor(env, { ...donor, classes: donor.classes });
    if (Array.isArray(result)) errors.push(...result);
    else loaded.push(result);
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
