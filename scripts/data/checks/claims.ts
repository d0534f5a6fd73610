// transitions.yaml as a whole: one transition per zone × weapon and day, and every cell set on the
// first day. Returns which transition sets each cell on each day (used by later checks).

import { WEAPON_IDS, ZONE_IDS } from '../../../src/domain/ids';
import type { TransitionInput } from '../../../src/data-schema/schema';
import type { DataError } from './errors';
import { errorAt, type ParsedFile } from './files';
import { transitionLabel } from './shape';

/** `${from}|${zone}|${weapon}` → index of the transition that sets that cell on that day. */
export type Claims = Map<string, number>;

export const claimKey = (from: string, zone: string, weapon: string) => `${from}|${zone}|${weapon}`;

function clash(o: TransitionInput, t: TransitionInput): { same: boolean; differs: string } {
  const same = o.status === t.status && o.condition === t.condition && o.note === t.note;
  const show = (c: string | undefined) => (c === undefined ? 'none' : JSON.stringify(c));
  const differs =
    o.status !== t.status
      ? ` (${o.status} vs ${t.status})`
      : o.condition !== t.condition
        ? ` (condition ${show(o.condition)} vs ${show(t.condition)})`
        : ' (different notes)';
  return { same, differs: same ? '' : differs };
}

export function checkClaims(
  file: ParsedFile,
  transitions: readonly TransitionInput[],
  start: string,
  /** The weapon classes every zone needs a first-day status for (default: the US classes). */
  weaponIds: readonly string[] = WEAPON_IDS,
): { claims: Claims; errors: DataError[] } {
  const claims: Claims = new Map();
  const errors: DataError[] = [];
  transitions.forEach((t, i) => {
    for (const zone of new Set(t.zones)) {
      for (const weapon of new Set(t.weapons)) {
        const key = claimKey(t.from, zone, weapon);
        const other = claims.get(key);
        if (other === undefined) {
          claims.set(key, i);
          continue;
        }
        const o = transitions[other]!;
        const { same, differs } = clash(o, t);
        errors.push(
          errorAt(
            file,
            [i, 'from'],
            transitionLabel(t, i),
            undefined,
            `${same ? 'repeats' : 'contradicts'} ${transitionLabel(o, other)} for ${zone} × ${weapon} on ${t.from}` +
              `${differs}: only one transition may set a zone and weapon on a given day`,
          ),
        );
      }
    }
  });
  for (const zone of ZONE_IDS)
    for (const weapon of weaponIds)
      if (!claims.has(claimKey(start, zone, weapon)))
        errors.push(
          errorAt(
            file,
            [],
            undefined,
            undefined,
            `no transition from ${start} gives a status for ${zone} × ${weapon}; every zone and weapon needs one on the first day`,
          ),
        );
  return { claims, errors };
}
