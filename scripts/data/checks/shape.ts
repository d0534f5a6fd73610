// The first check: each file against its zod schema, each issue as an error naming the record.

import type { z } from 'zod';
import type { DataError } from './errors';
import { fieldName, lineOf, type ParsedFile } from './files';

export type RecordLabel = (data: unknown, index: number) => string;

const get = (data: unknown, key: string): unknown =>
  data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;

export const byId =
  (what: string): RecordLabel =>
  (data, i) => {
    const id = get(data, 'id');
    return typeof id === 'string' ? `${what} "${id}"` : `${what} #${i + 1}`;
  };

export const transitionLabel: RecordLabel = (data, i) => {
  const from = get(data, 'from');
  return `transition #${i + 1}${typeof from === 'string' ? ` (from ${from})` : ''}`;
};

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'unrecognized_keys') return issue.message;
  const keys = issue.keys;
  return `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => JSON.stringify(k)).join(', ')} (check the spelling)`;
}

/** The parsed value, or null with the issues added to `errors`. */
export function checkShape<S extends z.ZodType>(
  parsed: ParsedFile | null,
  schema: S,
  label: RecordLabel,
  errors: DataError[],
): z.output<S> | null {
  if (!parsed) return null;
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const index = Array.isArray(parsed.data) && typeof path[0] === 'number' ? path[0] : null;
    const record = index !== null ? label((parsed.data as unknown[])[index], index) : undefined;
    const inner = index !== null ? path.slice(1) : path;
    errors.push({
      file: parsed.file,
      line: lineOf(parsed, path),
      record,
      field: fieldName(inner),
      message: issueMessage(issue),
    });
  }
  return null;
}
