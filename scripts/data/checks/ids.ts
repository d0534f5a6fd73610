// zones.yaml, weapons.yaml, statuses.yaml: each fixed id described exactly once.

import type { DataError } from './errors';
import { errorAt, type ParsedFile } from './files';

export function checkIdsComplete(
  file: ParsedFile,
  list: readonly { id: string }[],
  ids: readonly string[],
  what: string,
): DataError[] {
  const errors: DataError[] = [];
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const prior = seen.get(item.id);
    if (prior !== undefined)
      errors.push(
        errorAt(file, [i, 'id'], `${what} "${item.id}"`, 'id', `duplicate ${what} id (also #${prior + 1})`),
      );
    else seen.set(item.id, i);
  });
  for (const id of ids)
    if (!seen.has(id))
      errors.push(
        errorAt(
          file,
          [],
          undefined,
          undefined,
          `${what} "${id}" is missing (every id in src/domain/ids.ts must be described)`,
        ),
      );
  return errors;
}
