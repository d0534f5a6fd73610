// The `ranges:` list of each weapon class in data/permissions/weapons.yaml: nominal ranges by
// date, each with a quoted source. Shape from src/data-schema/sites.ts; here the order check
// (entries with `from: null`, never supplied, may stand anywhere).

import { join } from 'node:path';
import { WEAPON_IDS, type WeaponId } from '../../../src/domain/ids';
import type { WeaponRange } from '../../../src/domain/reach';
import { RangesSchema } from '../../../src/data-schema/sites';
import { issuePath, readYamlFile, type Problem } from './yamlFile';

export type RangesByWeapon = Record<WeaponId, WeaponRange[]>;

const FILE = 'data/permissions/weapons.yaml';

export function loadRanges(root: string, problems: Problem[]): RangesByWeapon | null {
  const yaml = readYamlFile(join(root, FILE), FILE, problems);
  if (!yaml) return null;
  const list = Array.isArray(yaml.data) ? (yaml.data as { id?: unknown; ranges?: unknown }[]) : [];
  const out = Object.fromEntries(WEAPON_IDS.map((id) => [id, [] as WeaponRange[]])) as RangesByWeapon;
  const before = problems.length;
  list.forEach((weapon, i) => {
    if (weapon?.ranges === undefined) return;
    const id = weapon.id as WeaponId;
    if (!WEAPON_IDS.includes(id)) return; // the permissions check reports unknown ids
    const parsed = RangesSchema.safeParse(weapon.ranges);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({
          file: FILE,
          line: yaml.lineOf([i, 'ranges', ...issue.path]),
          message: `weapon "${id}": ranges${issuePath(issue.path).replace(/^(?!\[)/, '.')}: ${issue.message}`,
        });
      return;
    }
    parsed.data.forEach((range, r) => {
      const previous = parsed.data.slice(0, r).findLast((x) => x.from !== null);
      if (range.from !== null && previous?.from && range.from <= previous.from)
        problems.push({
          file: FILE,
          line: yaml.lineOf([i, 'ranges', r, 'from']),
          message: `weapon "${id}": ranges[${r}].from ${range.from} must be after ${previous.from} (list them in date order, one per day)`,
        });
    });
    out[id] = parsed.data.map((r) => ({ ...r, sources: r.sources.map((s) => ({ ...s })) }));
  });
  return problems.length === before ? out : null;
}
