// meta.yaml: the review date must lie on the timeline.

import type { DataError } from './errors';
import { errorAt, type ParsedFile } from './files';
import type { CheckContext } from './context';

export function checkMeta(ctx: CheckContext, file: ParsedFile): DataError[] {
  if (ctx.inRange(ctx.reviewedThrough)) return [];
  return [
    errorAt(
      file,
      ['reviewedThrough'],
      undefined,
      'reviewedThrough',
      `date ${ctx.reviewedThrough} is outside ${ctx.range}`,
    ),
  ];
}
