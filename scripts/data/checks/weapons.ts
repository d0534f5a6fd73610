// weapons.yaml: first deliveries on the timeline, with a basis, and a sourced notSupplied note.

import type { WeaponInput } from '../../../src/data-schema/schema';
import type { DataError } from './errors';
import { errorAt, type ParsedFile } from './files';
import { unknownEvent, type CheckContext } from './context';

function checkWeapon(ctx: CheckContext, file: ParsedFile, w: WeaponInput, i: number): DataError[] {
  const errors: DataError[] = [];
  const record = `weapon "${w.id}"`;
  const add = (path: (string | number)[], field: string, message: string) =>
    errors.push(errorAt(file, [i, ...path], record, field, message));
  const d = w.firstDelivered;
  if (d) {
    if (!ctx.inRange(d.date))
      add(['firstDelivered', 'date'], 'firstDelivered.date', `date ${d.date} is outside ${ctx.range}`);
    if (d.date > ctx.reviewedThrough)
      add(
        ['firstDelivered', 'date'],
        'firstDelivered.date',
        `date ${d.date} is after reviewedThrough (${ctx.reviewedThrough})`,
      );
    if (d.basis.length === 0 && d.precision !== 'assumed')
      add(
        ['firstDelivered', 'basis'],
        'firstDelivered.basis',
        'a first delivery needs at least one basis event (or precision: assumed, explained in the note)',
      );
    d.basis.forEach((id, b) => {
      if (!ctx.knownEvent(id))
        add(['firstDelivered', 'basis', b], `firstDelivered.basis[${b}]`, unknownEvent(id));
    });
  }
  if ((!d || d.date > ctx.start) && !w.notSupplied)
    add(
      [],
      'notSupplied',
      'notSupplied (note and basis) is required: the weapon is not supplied for part of the timeline',
    );
  w.notSupplied?.basis.forEach((id, b) => {
    if (!ctx.knownEvent(id)) add(['notSupplied', 'basis', b], `notSupplied.basis[${b}]`, unknownEvent(id));
  });
  return errors;
}

export function checkWeapons(
  ctx: CheckContext,
  file: ParsedFile,
  weapons: readonly WeaponInput[],
): DataError[] {
  return weapons.flatMap((w, i) => checkWeapon(ctx, file, w, i));
}
