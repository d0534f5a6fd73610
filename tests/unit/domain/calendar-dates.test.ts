import { describe, expect, it } from 'vitest';
import { addDays, addMonths, clampDate, daysBetween, isIsoDate, todayIso } from '../../../src/domain/dates';

describe('calendar dates (UTC days)', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-1')).toBe(false);
    expect(isIsoDate('2024-06-01T00:00')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('adds days across month, year and DST boundaries', () => {
    expect(addDays('2022-02-24', 5)).toBe('2022-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-31', -1)).toBe('2024-03-30');
    expect(addDays('2024-10-27', 1)).toBe('2024-10-28');
  });

  it('adds calendar months, clamping the day', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-03-15', -1)).toBe('2024-02-15');
    expect(addMonths('2024-12-10', 1)).toBe('2025-01-10');
    expect(addMonths('2025-01-10', -13)).toBe('2023-12-10');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2022-02-24', '2022-02-24')).toBe(0);
    expect(daysBetween('2022-02-24', '2023-02-24')).toBe(365);
    expect(daysBetween('2024-06-01', '2024-05-31')).toBe(-1);
  });

  it('clamps to a range and reads today in UTC', () => {
    expect(clampDate('2020-01-01', '2022-02-24', '2026-11-22')).toBe('2022-02-24');
    expect(clampDate('2030-01-01', '2022-02-24', '2026-11-22')).toBe('2026-11-22');
    expect(todayIso(new Date('2026-11-22T23:30:00-05:00'))).toBe('2026-11-23');
  });
});
