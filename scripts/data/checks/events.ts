// events/*.yaml: unique ids, and dates on the timeline and not after the review date.

import type { EventInput } from '../../../src/data-schema/schema';
import type { DataError } from './errors';
import { errorAt, type ParsedFile } from './files';
import type { CheckContext } from './context';

export interface IndexedEvent {
  event: EventInput;
  file: ParsedFile;
  index: number;
}

/** All events by id, in file order; a repeated id is an error. */
export function indexEvents(files: { file: ParsedFile; events: EventInput[] }[]): {
  index: Map<string, IndexedEvent>;
  errors: DataError[];
} {
  const index = new Map<string, IndexedEvent>();
  const errors: DataError[] = [];
  for (const { file, events } of files) {
    events.forEach((event, i) => {
      const prior = index.get(event.id);
      if (prior)
        errors.push(
          errorAt(
            file,
            [i, 'id'],
            `event "${event.id}"`,
            'id',
            `duplicate event id (also in ${prior.file.file})`,
          ),
        );
      else index.set(event.id, { event, file, index: i });
    });
  }
  return { index, errors };
}

export function checkEventDates(ctx: CheckContext, { event, file, index }: IndexedEvent): DataError[] {
  const errors: DataError[] = [];
  const record = `event "${event.id}"`;
  const add = (field: string, message: string) =>
    errors.push(errorAt(file, [index, field], record, field, message));
  for (const field of ['date', 'dateEnd', 'reportedOn'] as const) {
    const d = event[field];
    if (d && !ctx.inRange(d)) add(field, `date ${d} is outside ${ctx.range}`);
  }
  if (ctx.inRange(event.date) && event.date > ctx.reviewedThrough)
    add(
      'date',
      `date ${event.date} is after reviewedThrough (${ctx.reviewedThrough}); review the sources and move reviewedThrough in meta.yaml forward`,
    );
  if (event.dateEnd && event.dateEnd < event.date)
    add('dateEnd', `dateEnd ${event.dateEnd} is before date ${event.date}`);
  if (event.reportedOn && event.reportedOn < event.date)
    add('reportedOn', `reportedOn ${event.reportedOn} is before date ${event.date}`);
  return errors;
}
