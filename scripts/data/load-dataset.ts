// Loads data/permissions/*.yaml, runs the checks in scripts/data/checks/ (one per section, each
// returning its errors), builds the epochs, and returns either the dataset in its export shape
// or the errors, each naming the file, line, record and field.
//
// Used by `npm run check:data`, `npm run export:data` and the tests (on small fixtures).

import { TIMELINE_START, STATUS_IDS, WEAPON_IDS, ZONE_IDS } from '../../src/domain/ids';
import { todayIso } from '../../src/domain/dates';
import { buildEpochs, MissingStatusError } from '../../src/domain/epochs';
import type { Epoch, ISODate, PermissionsDataset, Transition } from '../../src/domain/types';
import {
  EventsFileSchema,
  MetaSchema,
  StatusesFileSchema,
  TransitionsFileSchema,
  WeaponsFileSchema,
  ZonesFileSchema,
} from '../../src/data-schema/schema';
import type { DataError } from './checks/errors';
import { eventFileNames, readYaml } from './checks/files';
import { byId, checkShape, transitionLabel } from './checks/shape';
import { makeContext } from './checks/context';
import { checkMeta } from './checks/meta';
import { checkIdsComplete } from './checks/ids';
import { checkEventDates, indexEvents } from './checks/events';
import { checkSources } from './checks/sources';
import { checkWeapons } from './checks/weapons';
import { checkTransitionRecords } from './checks/transitions';
import { checkClaims } from './checks/claims';
import { checkRussianZones } from './checks/russian-zones';
import * as out from './checks/assemble';

export { formatError, type DataError } from './checks/errors';

export interface DatasetStats {
  events: number;
  usEvents: number;
  sources: number;
  transitions: number;
  epochs: number;
}

export type LoadResult =
  | {
      ok: true;
      dataset: PermissionsDataset;
      transitions: Transition[];
      stats: DatasetStats;
      /** meta.yaml `changes`: the hand-written change lines of this version. */
      changes: string[];
    }
  | { ok: false; errors: DataError[] };

export interface LoadOptions {
  /** The last valid date (default: today, UTC). Tests pass a fixed day. */
  today?: ISODate;
}

/** Step 1: read every file and check its shape. */
function readInputs(dir: string, errors: DataError[]) {
  const eventFiles = eventFileNames(dir);
  if (eventFiles.length === 0)
    errors.push({ file: 'events/', message: 'no events files (events/*.yaml) found' });
  const files = {
    meta: readYaml(dir, 'meta.yaml', errors),
    zones: readYaml(dir, 'zones.yaml', errors),
    weapons: readYaml(dir, 'weapons.yaml', errors),
    statuses: readYaml(dir, 'statuses.yaml', errors),
    transitions: readYaml(dir, 'transitions.yaml', errors),
    events: eventFiles.map((f) => readYaml(dir, f, errors)),
  };
  const input = {
    meta: checkShape(files.meta, MetaSchema, () => 'meta', errors),
    zones: checkShape(files.zones, ZonesFileSchema, byId('zone'), errors),
    weapons: checkShape(files.weapons, WeaponsFileSchema, byId('weapon'), errors),
    statuses: checkShape(files.statuses, StatusesFileSchema, byId('status'), errors),
    transitions: checkShape(files.transitions, TransitionsFileSchema, transitionLabel, errors),
    events: files.events.map((file) => ({
      file: file!,
      events: checkShape(file, EventsFileSchema, byId('event'), errors)!,
    })),
  };
  return { files, input };
}

export function loadDataset(dir: string, options: LoadOptions = {}): LoadResult {
  const today = options.today ?? todayIso();
  const start = TIMELINE_START;
  const errors: DataError[] = [];
  const { files, input } = readInputs(dir, errors);
  const { meta, zones, weapons, statuses, transitions } = input;
  if (
    errors.length > 0 ||
    !meta ||
    !zones ||
    !weapons ||
    !statuses ||
    !transitions ||
    input.events.some((f) => !f.events)
  )
    return { ok: false, errors };

  // Step 2: the cross-checks, section by section.
  const events = indexEvents(input.events);
  const ctx = makeContext(start, today, meta.reviewedThrough, (id) => events.index.has(id));
  errors.push(
    ...checkMeta(ctx, files.meta!),
    ...checkIdsComplete(files.zones!, zones, ZONE_IDS, 'zone'),
    ...checkIdsComplete(files.weapons!, weapons, WEAPON_IDS, 'weapon'),
    ...checkIdsComplete(files.statuses!, statuses, STATUS_IDS, 'status'),
    ...events.errors,
  );
  for (const entry of events.index.values())
    errors.push(...checkEventDates(ctx, entry), ...checkSources(ctx, meta, entry));
  errors.push(
    ...checkWeapons(ctx, files.weapons!, weapons),
    ...checkTransitionRecords(ctx, files.transitions!, transitions),
  );
  errors.push(...checkClaims(files.transitions!, transitions, start).errors);
  if (errors.length > 0) return { ok: false, errors };

  // Step 3: assemble, build the epochs, and check what needs them.
  const weaponOut = out.assembleWeapons(weapons);
  const transitionOut = out.assembleTransitions(transitions);
  let epochs: Epoch[];
  try {
    epochs = buildEpochs({
      start,
      end: meta.reviewedThrough,
      weapons: weaponOut,
      transitions: transitionOut,
    });
  } catch (e) {
    if (e instanceof MissingStatusError)
      return { ok: false, errors: [{ file: 'transitions.yaml', message: e.message }] };
    throw e;
  }
  const zoneErrors = checkRussianZones(files.transitions!, transitions, epochs);
  if (zoneErrors.length > 0) return { ok: false, errors: zoneErrors };

  const eventOut = out.assembleEvents([...events.index.values()].map((e) => e.event));
  const dataset: PermissionsDataset = {
    version: meta.version,
    reviewedThrough: meta.reviewedThrough,
    timelineStart: start,
    zones: out.assembleZones(zones),
    weapons: weaponOut,
    statuses: out.assembleStatuses(statuses),
    epochs,
    events: eventOut,
  };
  const stats: DatasetStats = {
    events: eventOut.length,
    usEvents: eventOut.filter((e) => e.donor === 'US').length,
    sources: eventOut.reduce((n, e) => n + e.sources.length, 0),
    transitions: transitionOut.length,
    epochs: epochs.length,
  };
  return { ok: true, dataset, transitions: transitionOut, stats, changes: [...meta.changes] };
}
