// The donor comparison (issue #15): the same question for several donors at one date, by class
// group. The US has six classes, the other donors four; a group names the classes compared:
//
//   group            US classes                        other donors' class
//   ground           artillery, himars                 ground
//   cruise-missile   atacms, long-range-other          cruise-missile   (US long-range strike
//                                                                        systems vs Storm Shadow/SCALP)
//   air-defense      air-defense                       air-defense
//   aircraft         aircraft-munitions                aircraft
//   all              every class the summary counts    every class the summary counts
//
// A zone's level for a group is THE summary rule of summary.ts over the group's classes; for
// `all`, air defence does not count for any donor, for the reason summary.ts gives for the US, so
// the donors are compared on the same footing. The epoch lookup is the engine's (epochIndex.ts).

import type { DonorCell, DonorId, DonorRef, DonorStatusId } from './donors';
import { lastAtOrBefore } from './epochIndex';
import { POLICY_ZONE_IDS, ZONE_IDS, type WeaponId, type ZoneId } from './ids';
import { summarizeZone, type SummaryWeapon } from './summary';
import type { ISODate, PolicyEvent } from './types';

export const CLASS_GROUPS = ['all', 'ground', 'cruise-missile', 'air-defense', 'aircraft'] as const;
export type ClassGroup = (typeof CLASS_GROUPS)[number];

/** The US classes in each group (the other donors' class ids are the group ids themselves). */
export const US_CLASS_GROUPS: Readonly<Record<Exclude<ClassGroup, 'all'>, readonly WeaponId[]>> = {
  ground: ['artillery', 'himars'],
  'cruise-missile': ['atacms', 'long-range-other'],
  'air-defense': ['air-defense'],
  aircraft: ['aircraft-munitions'],
};

/** What the comparison reads of a donor file (us.json and the others alike). */
export interface CompareDataset {
  donor: DonorRef;
  reviewedThrough: ISODate;
  weapons: readonly (SummaryWeapon<string> & { name: string })[];
  epochs: readonly {
    from: ISODate;
    to: ISODate;
    statuses: Readonly<Record<ZoneId, Readonly<Partial<Record<string, DonorCell>>>>>;
  }[];
  events: readonly PolicyEvent[];
}

/** The group a class of this donor belongs to. */
export function groupOfClass(donor: DonorId, classId: string): Exclude<ClassGroup, 'all'> | null {
  if (donor !== 'us') return CLASS_GROUPS.includes(classId as ClassGroup) ? (classId as 'ground') : null;
  const entry = Object.entries(US_CLASS_GROUPS).find(([, ids]) => (ids as string[]).includes(classId));
  return entry ? (entry[0] as Exclude<ClassGroup, 'all'>) : null;
}

/** The classes of this dataset a group compares, each with whether it counts (rule 1 of summary.ts). */
export function groupClasses(dataset: CompareDataset, group: ClassGroup): SummaryWeapon<string>[] {
  const donor = dataset.donor.id;
  return dataset.weapons
    .map((w) => ({ w, g: groupOfClass(donor, w.id) }))
    .filter(({ g }) => g !== null && (group === 'all' || g === group))
    .map(({ w }) => ({ id: w.id, inSummary: group !== 'all' || w.inSummary }));
}

/** The epoch of this dataset containing `date` (the engine's lookup). */
export function epochOf(dataset: CompareDataset, date: ISODate): CompareDataset['epochs'][number] {
  return dataset.epochs[
    lastAtOrBefore(
      dataset.epochs.map((e) => e.from),
      date,
    )
  ]!;
}

/** The level of every zone for a group on a date. */
export function groupLevels(
  dataset: CompareDataset,
  date: ISODate,
  group: ClassGroup,
): Record<ZoneId, DonorStatusId> {
  const classes = groupClasses(dataset, group);
  const epoch = epochOf(dataset, date);
  const out = {} as Record<ZoneId, DonorStatusId>;
  for (const zone of ZONE_IDS) out[zone] = summarizeZone(epoch.statuses[zone], classes);
  return out;
}

/** One class's cell behind a compare-table cell, with the events of its basis and readings. */
export interface CellBasis {
  classId: string;
  cell: DonorCell;
  events: PolicyEvent[];
}

/** The cells of a zone for a group on a date (supplied classes first), with their basis events. */
export function cellBasis(
  dataset: CompareDataset,
  date: ISODate,
  group: ClassGroup,
  zone: ZoneId,
): CellBasis[] {
  const epoch = epochOf(dataset, date);
  const byId = new Map(dataset.events.map((e) => [e.id, e]));
  const out: CellBasis[] = [];
  for (const { id } of groupClasses(dataset, group)) {
    const cell = epoch.statuses[zone][id];
    if (!cell) continue;
    const ids = [...new Set([...cell.basis, ...(cell.readings ?? []).flatMap((r) => r.basis)])];
    out.push({ classId: id, cell, events: ids.map((e) => byId.get(e)).filter((e) => e !== undefined) });
  }
  return out.sort(
    (a, b) => Number(a.cell.status === 'not-supplied') - Number(b.cell.status === 'not-supplied'),
  );
}

/** The days on which any compared donor's level changes for the group (presenting a comparison). */
export function compareChangeDates(datasets: readonly CompareDataset[], group: ClassGroup): ISODate[] {
  const days = new Set<ISODate>();
  for (const dataset of datasets) {
    let previous: string | null = null;
    for (const epoch of dataset.epochs) {
      const levels = groupLevels(dataset, epoch.from, group);
      const key = POLICY_ZONE_IDS.map((z) => levels[z]).join('|') + `|${levels.ukraine}`;
      if (previous !== null && key !== previous) days.add(epoch.from);
      previous = key;
    }
  }
  return [...days].sort();
}
