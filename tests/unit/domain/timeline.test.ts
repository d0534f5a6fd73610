import { describe, expect, it } from 'vitest';
import {
  clampToTimeline,
  createTimelineModel,
  isInTimeline,
  timelineRange,
} from '../../../src/domain/timeline';
import type { PolicyEvent } from '../../../src/domain/types';
import { engine } from '../../support/dataset';

const TODAY = '2026-11-30';
const usEvents = engine.events.filter((e) => e.donor === 'US');
const model = createTimelineModel({
  today: TODAY,
  events: usEvents,
  reviewedThrough: engine.reviewedThrough,
  isBeyondReview: engine.isBeyondReview,
});

describe('the timeline model', () => {
  it('spans the invasion to today, and accepts only real days inside it', () => {
    expect(timelineRange(TODAY)).toEqual({ start: '2022-02-24', end: TODAY });
    expect(model.totalDays).toBe(1740);
    expect(isInTimeline('2022-02-24', TODAY)).toBe(true);
    expect(isInTimeline(TODAY, TODAY)).toBe(true);
    expect(isInTimeline('2022-02-23', TODAY)).toBe(false);
    expect(isInTimeline('2026-12-01', TODAY)).toBe(false);
    expect(isInTimeline('2024-02-30', TODAY)).toBe(false);
    expect(clampToTimeline('2020-01-01', TODAY)).toBe('2022-02-24');
    expect(clampToTimeline('2030-01-01', TODAY)).toBe(TODAY);
  });

  it('maps day ↔ date ↔ position both ways', () => {
    expect(model.dayOf('2022-02-24')).toBe(0);
    expect(model.dayOf('2022-03-01')).toBe(5);
    expect(model.dateOfDay(5)).toBe('2022-03-01');
    expect(model.positionOf(TODAY)).toBe(1);
    expect(model.dateAtPosition(0)).toBe('2022-02-24');
    expect(model.dateAtPosition(1)).toBe(TODAY);
    expect(model.dateAtPosition(-0.5)).toBe('2022-02-24');
    expect(model.dateAtPosition(7)).toBe(TODAY);
    for (const date of ['2022-02-24', '2023-07-19', '2024-05-30', TODAY])
      expect(model.dateAtPosition(model.positionOf(date))).toBe(date);
  });

  it('finds the events of a day from its index, the same array each time', () => {
    const day = usEvents[0]!.date;
    const expected = usEvents.filter((e) => e.date === day);
    expect(model.eventsOn(day)).toEqual(expected);
    expect(model.eventsOn(day)).toBe(model.eventsOn(day));
    const quiet = '2022-02-25';
    expect(usEvents.some((e) => e.date === quiet)).toBe(false);
    expect(model.eventsOn(quiet)).toEqual([]);
  });

  it('has one mark per event day, in date order, at its position', () => {
    const days = [...new Set(usEvents.map((e) => e.date))];
    expect(model.marks.map((m) => m.date)).toEqual(days);
    for (const mark of model.marks) {
      expect(mark.position).toBe(model.positionOf(mark.date));
      expect(mark.events.every((e: PolicyEvent) => e.date === mark.date)).toBe(true);
    }
  });

  it('takes the beyond-review stretch and check from the engine', () => {
    expect(model.beyondReview).toEqual({
      from: engine.reviewedThrough,
      position: model.positionOf(engine.reviewedThrough),
    });
    expect(model.isBeyondReview(engine.reviewedThrough)).toBe(false);
    expect(model.isBeyondReview('2026-11-29')).toBe(engine.isBeyondReview('2026-11-29'));
    const reviewedToday = createTimelineModel({
      today: engine.reviewedThrough,
      events: [],
      reviewedThrough: engine.reviewedThrough,
      isBeyondReview: engine.isBeyondReview,
    });
    expect(reviewedToday.beyondReview).toBeNull();
    expect(reviewedToday.marks).toEqual([]);
  });
});
