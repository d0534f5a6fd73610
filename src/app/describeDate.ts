import { POLICY_ZONE_IDS, WEAPON_IDS, type StatusId, type WeaponId, type ZoneId } from '../domain/ids';
import type { Epoch } from '../domain/types';
import { formatDate, messagesFor, type Lang } from '../i18n/locale';
import { localizerFor } from '../i18n/dataTexts';
import { summaryWeaponIds } from '../domain/summary';
import { currentEpoch } from '../store/selectors';
import type { AppState } from '../store/appStore';
import type { Messages } from '../i18n/messages/en';

/** One zone's clause: which supplied weapons were allowed, under what condition, or the overall status. */
function describeZone(
  epoch: Epoch,
  zone: ZoneId,
  weapons: readonly WeaponId[],
  t: Messages,
  text: (english: string) => string,
): string {
  const cells = epoch.statuses[zone];
  const byStatus = new Map<StatusId, WeaponId[]>();
  for (const weapon of weapons) {
    const status = cells[weapon].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), weapon]);
  }
  const supplied = weapons.filter((w) => cells[w].status !== 'not-supplied');
  if (supplied.length > 0 && supplied.every((w) => cells[w].status === 'permitted'))
    return t.sentence.allSupplied;

  const names = (ids: WeaponId[]) => ids.map((w) => t.weapons[w]).join(', ');
  const clauses: string[] = [];
  const permitted = byStatus.get('permitted');
  if (permitted) clauses.push(t.sentence.permitted(names(permitted)));
  const limited = byStatus.get('limited');
  if (limited) {
    const notes = [...new Set(limited.map((w) => cells[w].condition).filter((n): n is string => !!n))].map(
      text,
    );
    clauses.push(t.sentence.limited(names(limited), notes.join('; ')));
  }
  const disputed = byStatus.get('disputed');
  if (disputed) {
    const conditions = [
      ...new Set(disputed.map((w) => cells[w].condition).filter((n): n is string => !!n)),
    ].map(text);
    clauses.push(t.sentence.disputed(names(disputed), conditions.join('; ')));
  }
  if (clauses.length === 0) {
    const overall =
      (['prohibited', 'no-policy', 'not-supplied'] as const).find((s) => byStatus.has(s)) ?? 'no-policy';
    return t.sentence.only(overall);
  }
  if (byStatus.has('prohibited')) clauses.push(t.sentence.othersBarred);
  return clauses.join('; ');
}

/**
 * The live summary for a date: a clause per policy zone, zones with the same clause merged, built
 * from the engine's cells so it never says more than the data. It covers the weapons the map's
 * summary colours (strike weapons; air defence is in the table and the details), to stay short
 * enough to hear on every change.
 */
export function describeDate(
  date: string,
  epoch: Epoch,
  t: Messages,
  lang: Lang,
  weapons: readonly WeaponId[] = WEAPON_IDS,
): string {
  const groups: { zones: ZoneId[]; clause: string }[] = [];
  // Conditions are dataset texts: in the reader's language where translated.
  const text = localizerFor(lang).text;
  for (const zone of POLICY_ZONE_IDS) {
    const clause = describeZone(epoch, zone, weapons, t, text);
    const same = groups.find((g) => g.clause === clause);
    if (same) same.zones.push(zone);
    else groups.push({ zones: [zone], clause });
  }
  const parts = groups.map((g) => `${t.sentence.zoneList(g.zones.map((z) => t.zones[z]))}: ${g.clause}`);
  return `${formatDate(date, lang)}. ${parts.join('. ')}.`;
}

/** The summary sentence for the store's current date and language (page and host API alike). */
export function describeState(state: Pick<AppState, 'engine' | 'epochIndex' | 'date' | 'lang'>): string {
  const epoch = currentEpoch(state);
  if (!epoch || !state.engine) return '';
  return describeDate(
    state.date,
    epoch,
    messagesFor(state.lang),
    state.lang,
    summaryWeaponIds(state.engine.dataset.weapons),
  );
}
