// The one-line summary of a donor's map in the comparison ("Kharkiv area only"), from its levels
// per zone for the chosen group. Pure: it returns a key; the words are in the i18n catalogues
// (`compare.summaries`), in every language. The rules, in order (R = the three Russian zones):
//
//   1. nothing supplied in any zone                          → notSupplied    "Not supplied"
//   2. no public statement for Crimea and every Russian zone → noStatement    "No public statement"
//   3. every Russian zone permitted                          → anywhere       "Anywhere in Russia"
//   4. no public statement for any Russian zone              → noStatementRussia
//   5. nothing allowed, disputed or unstated in R            → insideUkraine  "Inside Ukraine only"
//   6. the Kharkiv sector allowed (in full or in part), the rest of R not allowed, not
//      disputed and not unstated                             → kharkivOnly    "Kharkiv area only"
//   7. something in R allowed (in full or in part)           → partsOfRussia  "Limited use in Russia"
//   8. something in R disputed                               → disputedRussia "Disputed in Russia"
//   9. otherwise (prohibited beside no public statement)     → partlyNoStatement
//
// "No public statement" is never read as "prohibited": rules 5 and 6 do not apply when any
// Russian zone has no statement.

import type { DonorStatusId } from './donors';
import type { ZoneId } from './ids';

export const COMPARE_SUMMARIES = [
  'notSupplied',
  'noStatement',
  'anywhere',
  'noStatementRussia',
  'insideUkraine',
  'kharkivOnly',
  'partsOfRussia',
  'disputedRussia',
  'partlyNoStatement',
] as const;
export type CompareSummary = (typeof COMPARE_SUMMARIES)[number];

const RUSSIAN_ZONES = ['kharkiv-sector', 'border-zone', 'deep-russia'] as const satisfies readonly ZoneId[];
const ALLOWED: readonly DonorStatusId[] = ['permitted', 'limited'];
const OPEN: readonly DonorStatusId[] = ['permitted', 'limited', 'disputed', 'no-statement'];

export function compareSummary(levels: Readonly<Record<ZoneId, DonorStatusId>>): CompareSummary {
  const r = RUSSIAN_ZONES.map((z) => levels[z]);
  if (Object.values(levels).every((s) => s === 'not-supplied')) return 'notSupplied';
  if ([...r, levels.crimea].every((s) => s === 'no-statement')) return 'noStatement';
  if (r.every((s) => s === 'permitted')) return 'anywhere';
  if (r.every((s) => s === 'no-statement')) return 'noStatementRussia';
  if (!r.some((s) => OPEN.includes(s))) return 'insideUkraine';
  const [kharkiv, ...rest] = r as [DonorStatusId, ...DonorStatusId[]];
  if (ALLOWED.includes(kharkiv) && !rest.some((s) => OPEN.includes(s))) return 'kharkivOnly';
  if (r.some((s) => ALLOWED.includes(s))) return 'partsOfRussia';
  if (r.includes('disputed')) return 'disputedRussia';
  return 'partlyNoStatement';
}
