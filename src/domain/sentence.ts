// The summary sentence: what the map shows on a date, in words. It is built on the same rule as the
// map's colours (`consideredWeapons` in summary.ts for "All US weapons", the weapon's own status
// otherwise), so the words and the colour of a zone never disagree. Within an epoch only the date
// changes, so the words after the date are built once per epoch × weapon filter × language.

import { POLICY_ZONE_IDS, type ClassId, type ShownStatusId, type WeaponFilter, type ZoneId } from './ids';
import { consideredWeapons, type SummaryWeapon } from './summary';
import { cellOf, type DatasetEpoch, type ZoneCells } from './dataset';

type WeaponId = ClassId;
type StatusId = ShownStatusId;
type Epoch = DatasetEpoch;

type OnlyStatus = 'prohibited' | 'no-policy' | 'not-supplied' | 'no-statement';

/** One part of a zone's clause, before it is put into words. */
export type ZoneClause =
  | { kind: 'all-permitted' }
  | { kind: 'only'; status: OnlyStatus }
  | { kind: 'permitted'; weapons: WeaponId[] }
  | { kind: 'limited' | 'disputed'; weapons: WeaponId[]; conditions: string[] }
  | { kind: 'others-barred' }
  /** Donors only: beside a stated class, classes with no public statement (summary rule 3). */
  | { kind: 'others-unstated' };

/** The words the sentence needs: a language's catalogue provides them. */
export interface SentenceWords {
  sentence: {
    allSupplied: string;
    permitted(weapons: string): string;
    limited(weapons: string, condition: string): string;
    disputed(weapons: string, condition: string): string;
    othersBarred: string;
    othersUnstated: string;
    only(status: OnlyStatus): string;
    zoneList(zones: string[]): string;
  };
  weapons: Readonly<Record<ClassId, string>>;
  zones: Readonly<Record<ZoneId, string>>;
  /** Conditions are dataset texts (English): this puts one into the reader's language. */
  dataText?: (english: string) => string;
}

/** The weapons whose statuses the zone's colour is made of, for this filter (none: nothing supplied). */
function weaponsShown(cells: ZoneCells, filter: WeaponFilter, weapons: readonly SummaryWeapon[]): WeaponId[] {
  if (filter === 'all') return consideredWeapons(cells, weapons);
  const cell = cells[filter];
  return !cell || cell.status === 'not-supplied' ? [] : [filter];
}

function conditionsOf(cells: ZoneCells, ids: readonly WeaponId[]): string[] {
  return [...new Set(ids.map((w) => cellOf(cells, w).condition).filter((c): c is string => !!c))];
}

/** A zone's clause parts for one epoch and weapon filter. */
export function zoneClauses(
  cells: ZoneCells,
  filter: WeaponFilter,
  weapons: readonly SummaryWeapon[],
): ZoneClause[] {
  const shown = weaponsShown(cells, filter, weapons);
  if (shown.length === 0) return [{ kind: 'only', status: 'not-supplied' }];
  const byStatus = new Map<StatusId, WeaponId[]>();
  for (const w of shown) {
    const status = cellOf(cells, w).status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), w]);
  }
  const permitted = byStatus.get('permitted') ?? [];
  if (permitted.length === shown.length)
    return [filter === 'all' ? { kind: 'all-permitted' } : { kind: 'permitted', weapons: permitted }];

  const clauses: ZoneClause[] = [];
  if (permitted.length > 0) clauses.push({ kind: 'permitted', weapons: permitted });
  for (const kind of ['limited', 'disputed'] as const) {
    const ids = byStatus.get(kind);
    if (ids) clauses.push({ kind, weapons: ids, conditions: conditionsOf(cells, ids) });
  }
  if (clauses.length === 0) return [{ kind: 'only', status: onlyStatus(byStatus) }];
  if (byStatus.has('prohibited')) clauses.push({ kind: 'others-barred' });
  if (byStatus.has('no-statement')) clauses.push({ kind: 'others-unstated' });
  return clauses;
}

/** A zone where nothing is allowed: a ban first, then the donor's silence, then no stated policy. */
function onlyStatus(byStatus: ReadonlyMap<StatusId, unknown>): OnlyStatus {
  if (byStatus.has('prohibited')) return 'prohibited';
  return byStatus.has('no-statement') ? 'no-statement' : 'no-policy';
}

function clauseText(clause: ZoneClause, words: SentenceWords): string {
  const s = words.sentence;
  const names = (ids: readonly WeaponId[]) => ids.map((w) => words.weapons[w]).join(', ');
  switch (clause.kind) {
    case 'all-permitted':
      return s.allSupplied;
    case 'only':
      return s.only(clause.status);
    case 'permitted':
      return s.permitted(names(clause.weapons));
    case 'others-barred':
      return s.othersBarred;
    case 'others-unstated':
      return s.othersUnstated;
    default:
      return s[clause.kind](
        names(clause.weapons),
        clause.conditions.map((c) => words.dataText?.(c) ?? c).join('; '),
      );
  }
}

/** The words after the date: a clause per policy zone, zones with the same clause merged. */
export function describeEpoch(
  epoch: Epoch,
  filter: WeaponFilter,
  weapons: readonly SummaryWeapon[],
  words: SentenceWords,
): string {
  const groups: { zones: ZoneId[]; clause: string }[] = [];
  for (const zone of POLICY_ZONE_IDS) {
    const clause = zoneClauses(epoch.statuses[zone], filter, weapons)
      .map((c) => clauseText(c, words))
      .join('; ');
    const same = groups.find((g) => g.clause === clause);
    if (same) same.zones.push(zone);
    else groups.push({ zones: [zone], clause });
  }
  return groups
    .map((g) => `${words.sentence.zoneList(g.zones.map((z) => words.zones[z]))}: ${g.clause}`)
    .join('. ');
}

const cache = new WeakMap<Epoch, WeakMap<SentenceWords, Map<WeaponFilter, string>>>();

/** `describeEpoch`, built once per epoch × filter × language (epochs and catalogues are never mutated). */
export function cachedEpochSentence(
  epoch: Epoch,
  filter: WeaponFilter,
  weapons: readonly SummaryWeapon[],
  words: SentenceWords,
): string {
  let byWords = cache.get(epoch);
  if (!byWords) cache.set(epoch, (byWords = new WeakMap()));
  let byFilter = byWords.get(words);
  if (!byFilter) byWords.set(words, (byFilter = new Map()));
  let text = byFilter.get(filter);
  if (text === undefined) byFilter.set(filter, (text = describeEpoch(epoch, filter, weapons, words)));
  return text;
}

/** The whole sentence for a day: its date as the reader's language writes it, then the epoch's words. */
export function sentenceFor(
  dateText: string,
  epoch: Epoch,
  filter: WeaponFilter,
  weapons: readonly SummaryWeapon[],
  words: SentenceWords,
): string {
  return `${dateText}. ${cachedEpochSentence(epoch, filter, weapons, words)}.`;
}
