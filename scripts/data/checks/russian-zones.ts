// One rule across the three Russian zones: for one weapon on one day, the Kharkiv sector, the
// border zone and deep Russia carry the same reading unless a transition gives the geographic
// reason they differ (`geography`, e.g. "counter-fire opposite Kharkiv"). Without it a
// transition that names two of the zones and forgets the third goes unnoticed, as the Kharkiv
// sector did in the October and November 2025 ATACMS transitions.

import { WEAPON_IDS, type WeaponId, type ZoneId } from '../../../src/domain/ids';
import type { TransitionInput } from '../../../src/data-schema/schema';
import type { Epoch, StatusCell } from '../../../src/domain/types';
import type { DataError } from './errors';
import { errorAt, type ParsedFile } from './files';
import { transitionLabel } from './shape';

export const RUSSIAN_ZONES = [
  'kharkiv-sector',
  'border-zone',
  'deep-russia',
] as const satisfies readonly ZoneId[];

const reading = (cell: StatusCell) => (cell.condition ? `${cell.status} (${cell.condition})` : cell.status);

/** The index of the last transition, from on or before `day`, that sets zone × weapon. */
function setterOf(
  transitions: readonly TransitionInput[],
  zone: ZoneId,
  weapon: WeaponId,
  day: string,
): number {
  let found = -1;
  transitions.forEach((t, i) => {
    if (t.from > day || !t.zones.includes(zone) || !t.weapons.includes(weapon)) return;
    if (found < 0 || t.from >= transitions[found]!.from) found = i;
  });
  return found;
}

const coversAllRussia = (t: TransitionInput) => RUSSIAN_ZONES.every((z) => t.zones.includes(z));

function describe(epoch: Epoch, weapon: WeaponId): string {
  const groups = new Map<string, string[]>();
  for (const zone of RUSSIAN_ZONES) {
    const key = reading(epoch.statuses[zone][weapon]);
    groups.set(key, [...(groups.get(key) ?? []), zone]);
  }
  return [...groups].map(([key, zones]) => `${zones.join(', ')}: ${key}`).join('; ');
}

function checkEpoch(
  epoch: Epoch,
  weapon: WeaponId,
  transitions: readonly TransitionInput[],
): { index: number; message: string } | null {
  const readings = new Set(RUSSIAN_ZONES.map((z) => reading(epoch.statuses[z][weapon])));
  if (readings.size === 1) return null;
  const setters = RUSSIAN_ZONES.map((z) => setterOf(transitions, z, weapon, epoch.from)).filter(
    (i) => i >= 0,
  );
  const partial = setters.filter((i) => !coversAllRussia(transitions[i]!));
  if (partial.length === 0 || partial.some((i) => transitions[i]!.geography)) return null;
  const index = Math.max(...partial);
  return {
    index,
    message:
      `the Russian zones differ for ${weapon} from ${epoch.from} (${describe(epoch, weapon)}), and no transition says why: ` +
      `add the missing zone to ${transitionLabel(transitions[index], index)}, or give the geographic reason in geography (e.g. "counter-fire opposite Kharkiv")`,
  };
}

export function checkRussianZones(
  file: ParsedFile,
  transitions: readonly TransitionInput[],
  epochs: readonly Epoch[],
  /** The weapon classes to check (default: the US classes; the donors pass their own). */
  weaponIds: readonly string[] = WEAPON_IDS,
): DataError[] {
  const reported = new Set<string>();
  const errors: DataError[] = [];
  for (const weapon of weaponIds as readonly WeaponId[]) {
    for (const epoch of epochs) {
      const found = checkEpoch(epoch, weapon, transitions);
      if (!found || reported.has(`${found.index}|${weapon}`)) continue;
      reported.add(`${found.index}|${weapon}`);
      const t = transitions[found.index]!;
      errors.push(
        errorAt(file, [found.index, 'zones'], transitionLabel(t, found.index), 'zones', found.message),
      );
    }
  }
  return errors;
}
