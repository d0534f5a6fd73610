// The donor comparison's parameters (issue #15): `compare=us,gb,fr,de` (2–6 distinct donor ids)
// and `group=` (the class group compared). A partly wrong list is used as far as it goes, and
// each thing left out gets its own note, so `compare=us,gb,xx` still compares two donors.

import { CLASS_GROUPS, type ClassGroup } from '../domain/compare';
import { DONOR_IDS, type DonorId } from '../domain/donors';
import type { NoteReason } from '../store/inputNotes';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 6;

export interface CompareList {
  donors: DonorId[];
  /** What was left out, each with the reason its note gives. */
  dropped: { value: string; reason: NoteReason }[];
}

/** Reads a comma (or space) separated list: unknown ids dropped, repeats removed, more than six cut. */
export function readCompareList(raw: string): CompareList {
  const items = raw
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const donors: DonorId[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    if (!(DONOR_IDS as readonly string[]).includes(item)) unknown.push(item);
    else if (!donors.includes(item as DonorId)) donors.push(item as DonorId);
  }
  const dropped: CompareList['dropped'] = [];
  if (unknown.length) dropped.push({ value: unknown.join(','), reason: 'compareDonor' });
  if (donors.length > COMPARE_MAX)
    dropped.push({ value: donors.slice(COMPARE_MAX).join(','), reason: 'compareMax' });
  return { donors: donors.slice(0, COMPARE_MAX), dropped };
}

export const compareParam = {
  parse: (raw: string): readonly DonorId[] | undefined => {
    const { donors } = readCompareList(raw);
    return donors.length >= COMPARE_MIN ? donors : undefined;
  },
  /** The notes for what a usable list left out (a refused list gets the `compare` note instead). */
  notes: (raw: string) => {
    const list = readCompareList(raw);
    return list.donors.length >= COMPARE_MIN ? list.dropped : [];
  },
  format: (value: readonly DonorId[]) => value.join(','),
  reason: 'compare' as const,
  scope: 'app' as const,
};

export const groupParam = {
  parse: (raw: string): ClassGroup | undefined =>
    (CLASS_GROUPS as readonly string[]).includes(raw) ? (raw as ClassGroup) : undefined,
  format: (value: ClassGroup) => value,
  reason: 'group' as const,
  scope: 'app' as const,
};
