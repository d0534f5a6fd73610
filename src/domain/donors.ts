// The donor comparison (issue #15): which donors, which weapon classes they use, and the shape of
// public/data/donors/<id>.json. The US keeps its own six classes (ids.ts) and dataset
// (permissions.json); every other donor uses the four classes below, because its record is about
// ground weapons, cruise missiles, air defence and aircraft, not about US systems.
//
// The epochs are built by the same engine as the US (epochs.ts), with the donor's class ids and
// one more status: `no-statement` (the sheet found no public statement for that period).

import { DONOR_CLASS_IDS, SHOWN_STATUS_IDS, STATUS_IDS, type DonorClassId, type ZoneId } from './ids';
import type {
  ISODate,
  WeaponClass,
  PermissionsDataset,
  PolicyEvent,
  Reading,
  StatusInfo,
  Zone,
} from './types';

/** Donor ids: ISO 3166 codes in lower case; `gb` for the UK because `uk` is Ukrainian. */
export const DONOR_IDS = [
  'us',
  'gb',
  'fr',
  'de',
  'nl',
  'be',
  'dk',
  'se',
  'fi',
  'pl',
  'ca',
  'cz',
  'ee',
  'lv',
  'it',
  'no',
  'lt',
] as const;
export type DonorId = (typeof DONOR_IDS)[number];

/** The weapon classes of the donors other than the US (defined in ids.ts beside the US ones). */
export { DONOR_CLASS_IDS, type DonorClassId };

/** The US statuses plus `no-statement`, which only the donor datasets use. */
export const DONOR_STATUS_IDS = SHOWN_STATUS_IDS;
export type DonorStatusId = (typeof DONOR_STATUS_IDS)[number];

/** Whether a string is a donor id (URL parameter, host API). */
export function isDonorId(value: unknown): value is DonorId {
  return typeof value === 'string' && (DONOR_IDS as readonly string[]).includes(value);
}

/** The statuses a donor's map can show, for the legend: the US has no `no-statement`. */
export function statusesOf(donor: DonorId): readonly DonorStatusId[] {
  return donor === 'us' ? STATUS_IDS : SHOWN_STATUS_IDS;
}

/** The code the events' `donor` field uses for a donor (data/donors/donors.yaml: UK for gb). */
export function eventDonorCode(id: DonorId): string {
  return id === 'gb' ? 'UK' : id.toUpperCase();
}

export interface DonorRef {
  id: DonorId;
  name: string;
}

/** A donor's class: the same fields as a US weapon class, with a donor class id. */
export type DonorClass = Omit<WeaponClass, 'id'> & { id: DonorClassId };

export interface DonorCell {
  status: DonorStatusId;
  condition?: string;
  note?: string;
  basis: string[];
  since: ISODate;
  readings?: Reading[];
}

export interface DonorEpoch {
  from: ISODate;
  to: ISODate;
  statuses: Record<ZoneId, Partial<Record<DonorClassId, DonorCell>>>;
}

/** public/data/donors/<id>.json for a donor other than the US: permissions.json's shape plus `donor`. */
export interface DonorDataset {
  donor: DonorRef;
  version: string;
  reviewedThrough: ISODate;
  timelineStart: ISODate;
  zones: Zone[];
  weapons: DonorClass[];
  statuses: { id: DonorStatusId; label: string; description: string }[];
  epochs: DonorEpoch[];
  events: PolicyEvent[];
}

/** public/data/donors/us.json: the US dataset (permissions.json) plus `donor`. */
export type UsDonorDataset = PermissionsDataset & { donor: DonorRef };

/** One entry of public/data/donors.json. */
export interface DonorListEntry {
  id: DonorId;
  name: string;
  file: string;
  classes: string[];
  counts: { transitions: number; epochs: number; events: number };
}

export type { StatusInfo };
