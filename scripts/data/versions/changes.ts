// The change lines of a new version, worked out from the difference of the two datasets: which
// zone × weapon readings differ on which days, the review date, new and revised events. Plain
// English sentences (data texts: the i18n layer translates them keyed by the English text).

import { WEAPON_IDS, ZONE_IDS, type WeaponId, type ZoneId } from '../../../src/domain/ids';
import { addDays } from '../../../src/domain/dates';
import type { Epoch, PermissionsDataset, StatusCell } from '../../../src/domain/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2025-10-22' → '22 Oct 2025'. */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** '2025-10-22' → 'Oct 2025' (events may be dated to a month only). */
const monthOf = (iso: string) => shortDate(iso).replace(/^\d+ /, '');

/** The cell on a day; after the last epoch the last state is carried forward, as the app does. */
function cellOn(epochs: readonly Epoch[], day: string, zone: ZoneId, weapon: WeaponId): StatusCell {
  const epoch = epochs.find((e) => e.from <= day && day <= e.to) ?? epochs[epochs.length - 1]!;
  return epoch.statuses[zone][weapon];
}

function describePair(a: StatusCell, b: StatusCell): string | null {
  if (a.status !== b.status) return `${a.status} → ${b.status}`;
  if ((a.condition ?? '') !== (b.condition ?? ''))
    return `${a.status} (${a.condition ?? '—'}) → ${b.status} (${b.condition ?? '—'})`;
  return null;
}

function cellLines(
  older: PermissionsDataset,
  newer: PermissionsDataset,
  zone: ZoneId,
  weapon: WeaponId,
  end: string,
) {
  const lines: string[] = [];
  let run: { from: string; to: string; pair: string } | null = null;
  const flush = () => {
    if (!run) return;
    const zoneName = newer.zones.find((z) => z.id === zone)!.name;
    const weaponName = newer.weapons.find((w) => w.id === weapon)!.shortName;
    const span =
      run.to === end ? `from ${shortDate(run.from)}` : `${shortDate(run.from)} – ${shortDate(run.to)}`;
    lines.push(`${zoneName}, ${weaponName}, ${span}: ${run.pair}`);
    run = null;
  };
  for (let day = newer.timelineStart; day <= end; day = addDays(day, 1)) {
    const pair = describePair(
      cellOn(older.epochs, day, zone, weapon),
      cellOn(newer.epochs, day, zone, weapon),
    );
    if (run && pair === run.pair) run.to = day;
    else {
      flush();
      if (pair) run = { from: day, to: day, pair };
    }
  }
  flush();
  return lines;
}

/** "Kharkiv sector, ATACMS, from 22 Oct 2025: limited → disputed", for every changed stretch. */
export function statusChangeLines(older: PermissionsDataset, newer: PermissionsDataset): string[] {
  const end = newer.reviewedThrough > older.reviewedThrough ? newer.reviewedThrough : older.reviewedThrough;
  return ZONE_IDS.flatMap((zone) =>
    WEAPON_IDS.flatMap((weapon) => cellLines(older, newer, zone, weapon, end)),
  );
}

export function reviewLine(older: PermissionsDataset, newer: PermissionsDataset): string[] {
  if (older.reviewedThrough === newer.reviewedThrough) return [];
  return [
    `Sources reviewed through ${shortDate(newer.reviewedThrough)} (previously ${shortDate(older.reviewedThrough)}).`,
  ];
}

export function eventLines(older: PermissionsDataset, newer: PermissionsDataset): string[] {
  const before = new Map(older.events.map((e) => [e.id, JSON.stringify(e)]));
  const added = newer.events.filter((e) => !before.has(e.id));
  const revised = newer.events.filter((e) => before.has(e.id) && before.get(e.id) !== JSON.stringify(e));
  const lines: string[] = [];
  if (added.length > 0) {
    const span = `${monthOf(added[0]!.date)} to ${monthOf(added[added.length - 1]!.date)}`;
    lines.push(`Added ${added.length} event${added.length === 1 ? '' : 's'}, dated ${span}.`);
  }
  if (revised.length > 0)
    lines.push(
      `Revised ${revised.length} event${revised.length === 1 ? '' : 's'}: ${revised.map((e) => e.title).join('; ')}.`,
    );
  return lines;
}

/** All change lines: status changes first (the one-line note shows the first), then the hand-written lines, then the rest. */
export function changeLines(
  older: PermissionsDataset | null,
  newer: PermissionsDataset,
  handWritten: readonly string[],
): string[] {
  if (!older) return handWritten.length > 0 ? [...handWritten] : ['First published version.'];
  return [
    ...statusChangeLines(older, newer),
    ...handWritten,
    ...reviewLine(older, newer),
    ...eventLines(older, newer),
  ];
}
