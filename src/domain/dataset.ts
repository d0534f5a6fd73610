// The dataset the app shows, for any donor: the US (public/data/permissions.json, six classes) or
// another donor (public/data/donors/<id>.json, its own classes and the status `no-statement`).
// Both files have the same shape; these types are the widening both are assignable to, so the
// engine, summary, sentence and selectors iterate a dataset's own class list and never assume
// the US one. See src/domain/donors.ts and docs/donors.md.

import type { ClassId, NamedRegionId, ShownStatusId, ZoneId } from './ids';
import type { DonorRef } from './donors';
import type { ISODate, PolicyEvent, Reading, WeaponClass, Zone } from './types';

/** One zone × class on one day (the US StatusCell, with any donor's status). */
export interface DatasetCell {
  status: ShownStatusId;
  condition?: string;
  note?: string;
  basis: string[];
  since: ISODate;
  readings?: Reading[];
  regions?: NamedRegionId[];
}

/** A zone's cells: only the dataset's own classes are present. */
export type ZoneCells = Readonly<Partial<Record<ClassId, DatasetCell>>>;

export interface DatasetEpoch {
  from: ISODate;
  to: ISODate;
  statuses: Readonly<Record<ZoneId, ZoneCells>>;
}

/** A class of any donor: the US WeaponClass's fields with any donor's class id. */
export type DatasetClass = Omit<WeaponClass, 'id'> & { id: ClassId };

export interface Dataset {
  /** Whose weapons: absent in permissions.json (the US). */
  donor?: DonorRef;
  version: string;
  reviewedThrough: ISODate;
  timelineStart: ISODate;
  zones: Zone[];
  weapons: DatasetClass[];
  statuses: { id: ShownStatusId; label: string; description: string }[];
  epochs: DatasetEpoch[];
  events: PolicyEvent[];
}

/** The class ids of a dataset, in its own order (the table's columns, the filter's options). */
export function classIdsOf(dataset: Pick<Dataset, 'weapons'>): ClassId[] {
  return dataset.weapons.map((w) => w.id);
}

/**
 * A zone × class cell. The export writes every class of the dataset for every zone, so a missing
 * cell is a class the dataset does not have: the caller asked for the wrong donor's class.
 */
export function cellOf(cells: ZoneCells, id: ClassId): DatasetCell {
  const cell = cells[id];
  if (!cell) throw new Error(`no cell for class ${id} in this dataset`);
  return cell;
}
