// What every check needs to know about the day range, shared so that each check stays small.

import type { ISODate } from '../../../src/domain/types';

export interface CheckContext {
  start: ISODate;
  today: ISODate;
  reviewedThrough: ISODate;
  /** '2022-02-24 … <today>', for messages. */
  range: string;
  inRange: (date: string) => boolean;
  knownEvent: (id: string) => boolean;
}

export function makeContext(
  start: ISODate,
  today: ISODate,
  reviewedThrough: ISODate,
  knownEvent: (id: string) => boolean,
): CheckContext {
  return {
    start,
    today,
    reviewedThrough,
    range: `${start} … ${today}`,
    inRange: (d) => d >= start && d <= today,
    knownEvent,
  };
}

export const unknownEvent = (id: string) => `unknown event ${JSON.stringify(id)} (no event has this id)`;
