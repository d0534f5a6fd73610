// Calendar-day arithmetic on ISO 'YYYY-MM-DD' strings, in UTC so a day never depends on the
// viewer's time zone. ISO strings compare correctly with < and >, which the engine relies on.

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toMs(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromMs(toMs(iso) + days * DAY_MS);
}

/** Calendar months, clamping the day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const d = new Date(toMs(iso));
  const targetMonth = d.getUTCMonth() + months;
  const y = d.getUTCFullYear() + Math.floor(targetMonth / 12);
  const m = ((targetMonth % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return fromMs(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)));
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

export function clampDate(iso: string, min: string, max: string): string {
  return iso < min ? min : iso > max ? max : iso;
}

const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** 'YYYY-MM': a month, used where a source is dated only to the month. */
export function isIsoMonth(value: string): boolean {
  return ISO_MONTH.test(value);
}

/** A day or a month: how a source's publication date may be written. */
export function isIsoDateOrMonth(value: string): boolean {
  return isIsoDate(value) || isIsoMonth(value);
}
