// transitions.yaml, record by record: dates, basis events, readings, conditions, repeated ids.

import { CONDITION_MAX_LENGTH, type TransitionInput } from '../../../src/data-schema/schema';
import type { DataError } from './errors';
import { errorAt, type ParsedFile } from './files';
import { unknownEvent, type CheckContext } from './context';
import { transitionLabel } from './shape';

function checkDate(ctx: CheckContext, t: TransitionInput): string | null {
  if (!ctx.inRange(t.from)) return `date ${t.from} is outside ${ctx.range}`;
  if (t.from > ctx.reviewedThrough) return `date ${t.from} is after reviewedThrough (${ctx.reviewedThrough})`;
  return null;
}

function checkStatusFields(t: TransitionInput, add: (path: string, message: string) => void): void {
  if (t.status === 'disputed' && (t.readings?.length ?? 0) < 2)
    add('readings', 'a disputed status needs at least two readings, each with its basis');
  if ((t.status === 'limited' || t.status === 'disputed') && !t.condition)
    add(
      'condition',
      `a ${t.status} status needs a condition: a short label in our words (at most ${CONDITION_MAX_LENGTH} characters, e.g. "counter-fire only"); the note keeps the full explanation`,
    );
  if (t.status !== 'disputed' && t.readings)
    add('readings', `readings are only for status disputed (this one is ${t.status})`);
}

function checkTransition(ctx: CheckContext, file: ParsedFile, t: TransitionInput, i: number): DataError[] {
  const errors: DataError[] = [];
  const record = transitionLabel(t, i);
  const at = (path: (string | number)[], field: string, message: string) =>
    errors.push(errorAt(file, [i, ...path], record, field, message));
  const dateProblem = checkDate(ctx, t);
  if (dateProblem) at(['from'], 'from', dateProblem);
  t.basis.forEach((id, b) => {
    if (!ctx.knownEvent(id)) at(['basis', b], `basis[${b}]`, unknownEvent(id));
  });
  t.readings?.forEach((r, ri) =>
    r.basis.forEach((id, b) => {
      if (!ctx.knownEvent(id))
        at(['readings', ri, 'basis', b], `readings[${ri}].basis[${b}]`, unknownEvent(id));
    }),
  );
  checkStatusFields(t, (field, message) => at([field], field, message));
  for (const what of ['zones', 'weapons'] as const) {
    const list = t[what] as readonly string[];
    const dup = list.find((x, k) => list.indexOf(x) !== k);
    if (dup) at([what], what, `${JSON.stringify(dup)} is listed twice`);
  }
  return errors;
}

export function checkTransitionRecords(
  ctx: CheckContext,
  file: ParsedFile,
  transitions: readonly TransitionInput[],
): DataError[] {
  return transitions.flatMap((t, i) => checkTransition(ctx, file, t, i));
}
