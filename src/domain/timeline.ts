// The timeline without its view: which days it spans, where a day sits on the track, the events of
// each day and the stretch after the sources' review date. The slider, the presentation bar, the
// URL parser and the store all ask this module, so the range and the day lookups exist once.

import { TIMELINE_START } from './ids';
import { addDays, clampDate, daysBetween, isIsoDate } from './dates';
import type { ISODate, PolicyEvent } from './types';

/** The first and last day the slider shows: the full-scale invasion to today (UTC). */
export function timelineRange(today: ISODate): { start: ISODate; end: ISODate } {
  return { start: TIMELINE_START, end: today };
}

/** True for a real calendar day inside the timeline. */
export function isInTimeline(date: string, today: ISODate): boolean {
  return isIsoDate(date) && date >= TIMELINE_START && date <= today;
}

export function clampToTimeline(date: ISODate, today: ISODate): ISODate {
  return clampDate(date, TIMELINE_START, today);
}

/** Whole days on the timeline after its first day (at least 1, so positions never divide by 0). */
export function timelineDays(today: ISODate): number {
  return Math.max(1, daysBetween(TIMELINE_START, today));
}

/** Events that happened on one day, with their titles, for a mark on the track. */
export interface DayMark {
  date: ISODate;
  /** 0 at the first day, 1 at the last. */
  position: number;
  events: readonly PolicyEvent[];
}

export interface TimelineModel {
  readonly start: ISODate;
  readonly end: ISODate;
  readonly totalDays: number;
  readonly reviewedThrough: ISODate;
  /** Days since the start (the slider's value). */
  dayOf(date: ISODate): number;
  dateOfDay(day: number): ISODate;
  /** 0 at the first day, 1 at the last. */
  positionOf(date: ISODate): number;
  /** The day nearest a position on the track, clamped to the timeline. */
  dateAtPosition(position: number): ISODate;
  /** The events of one day, from an index: the same array for the same day, empty on most days. */
  eventsOn(date: ISODate): readonly PolicyEvent[];
  /** One mark per day with events, in date order. */
  readonly marks: readonly DayMark[];
  /** The hatched stretch after the review date, or null when the sources are reviewed through today. */
  readonly beyondReview: { from: ISODate; position: number } | null;
  isBeyondReview(date: ISODate): boolean;
}

export interface TimelineInput {
  today: ISODate;
  /** The events that get marks and are "of a day" (the US policy events, in date order). */
  events: readonly PolicyEvent[];
  reviewedThrough: ISODate;
  /** The engine's own rule, so the timeline never keeps a second one. */
  isBeyondReview(date: ISODate): boolean;
}

const NO_EVENTS: readonly PolicyEvent[] = Object.freeze([]);

function indexByDay(events: readonly PolicyEvent[]): Map<ISODate, PolicyEvent[]> {
  const byDay = new Map<ISODate, PolicyEvent[]>();
  for (const e of events) {
    const list = byDay.get(e.date);
    if (list) list.push(e);
    else byDay.set(e.date, [e]);
  }
  return byDay;
}

export function createTimelineModel(input: TimelineInput): TimelineModel {
  const { start, end } = timelineRange(input.today);
  const totalDays = timelineDays(input.today);
  const dayOf = (date: ISODate) => daysBetween(start, date);
  const dateOfDay = (day: number) => addDays(start, Math.min(totalDays, Math.max(0, Math.round(day))));
  const positionOf = (date: ISODate) => dayOf(date) / totalDays;
  const byDay = indexByDay(input.events);
  const marks = [...byDay].map(([date, events]) => ({ date, position: positionOf(date), events }));
  const reviewed = input.reviewedThrough;
  return {
    start,
    end,
    totalDays,
    reviewedThrough: reviewed,
    dayOf,
    dateOfDay,
    positionOf,
    dateAtPosition: (position) => dateOfDay(position * totalDays),
    eventsOn: (date) => byDay.get(date) ?? NO_EVENTS,
    marks,
    beyondReview: reviewed < end ? { from: reviewed, position: positionOf(reviewed) } : null,
    isBeyondReview: input.isBeyondReview,
  };
}
