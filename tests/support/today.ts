/** The "today" every unit test runs at, so results do not change with the calendar. */
export const TODAY = '2026-11-22';
