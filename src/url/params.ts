import { CLASS_IDS, ZONE_IDS, type ClassId, type ZoneId } from '../domain/ids';
import { DONOR_IDS, type DonorId } from '../domain/donors';
import { isInTimeline } from '../domain/timeline';
import { isLang, type Lang } from '../i18n/locale';
import type { ClassGroup } from '../domain/compare';
import { compareParam, groupParam } from './compareParams';

import { THEMES, type Theme } from '../store/theme';
import type { NoteReason } from '../store/inputNotes';

/** Everything a link or an embed can set. Each entry parses, validates and writes one parameter. */
export interface UrlState {
  date: string | undefined;
  /**
   * Syntactically any class of any donor; whether the active donor has it is checked when its
   * data loads (a note, and all its weapons, if not).
   */
  weapon: 'all' | ClassId | undefined;
  zone: ZoneId | undefined;
  /** Whose weapons (issue #15); absent = the United States. */
  donor: DonorId | undefined;
  lang: Lang | undefined;
  /** Colour theme; `auto` follows the reader's system setting. */
  theme: Theme | undefined;
  /** Pinned dataset version (see public/data/versions.json); absent = always the current data. */
  v: string | undefined;
  /** The open place panel: a listed site or city id (checked against the lists when they load). */
  place: string | undefined;
  /** The open place panel for a point, [longitude, latitude]; written `at=<lat>,<lng>`. */
  at: readonly [number, number] | undefined;
  /** Embed only: show the timeline controls. */
  controls: boolean | undefined;
  /** Embed only: show the legend. */
  legend: boolean | undefined;
  /** Embed only: no interaction at all (print, screenshots, slides). */
  static: boolean | undefined;
  /**
   * Embed only: who may send commands. `parent` (the page that frames the map) and/or named
   * origins; absent = any window, as before.
   */
  commands: readonly string[] | undefined;
  /** The donor comparison: 2–6 distinct donor ids (src/url/compareParams.ts). */
  compare: readonly DonorId[] | undefined;
  /** The class group the comparison shows (default `all`). */
  group: ClassGroup | undefined;
}

export interface ParamContext {
  today: string;
  /** The page reading the URL: embed-only parameters on the app get a note. */
  page?: 'app' | 'embed';
}

interface ParamSpec<T> {
  /** Returns the parsed value, or undefined when the value is not acceptable. */
  parse(raw: string, ctx: ParamContext): T | undefined;
  format(value: T): string;
  /** Why the value is ignored: its sentence is in every catalogue's `urlReasons`. */
  reason: NoteReason;
  /** Where the parameter has an effect ('app': the app and the embed alike). */
  scope: 'app' | 'embed';
  /** Notes for parts of an accepted value that were left out (e.g. unknown ids in a list). */
  notes?(raw: string): { value: string; reason: NoteReason }[];
}

type ParamSpecs = { [K in keyof UrlState]-?: ParamSpec<NonNullable<UrlState[K]>> };

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): T | undefined =>
    (values as readonly string[]).includes(raw) ? (raw as T) : undefined;

const flag: Omit<ParamSpec<boolean>, 'scope'> = {
  parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
  format: (value) => (value ? '1' : '0'),
  reason: 'flag',
};

/** `at=<lat>,<lng>` in decimal degrees (the order maps and GPS apps use); kept to 4 decimals. */
function parseAt(raw: string): readonly [number, number] | undefined {
  const m = /^(-?\d{1,2}(?:\.\d+)?),\s*(-?\d{1,3}(?:\.\d+)?)$/.exec(raw);
  if (!m) return undefined;
  const lat = Number(m[1]);
  const lng = Number(m[2]);
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined;
  return [Math.round(lng * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
}

/** The exhaustive, typed list of URL/embed parameters. Adding a key here is the only way to add one. */
export const URL_PARAMS: ParamSpecs = {
  date: {
    parse: (raw, { today }) => (isInTimeline(raw, today) ? raw : undefined),
    format: (value) => value,
    reason: 'date',
    scope: 'app',
  },
  weapon: {
    parse: oneOf(['all', ...CLASS_IDS] as const),
    format: (value) => value,
    reason: 'weapon',
    scope: 'app',
  },
  zone: { parse: oneOf(ZONE_IDS), format: (value) => value, reason: 'zone', scope: 'app' },
  donor: { parse: oneOf(DONOR_IDS), format: (value) => value, reason: 'donor', scope: 'app' },
  lang: {
    parse: (raw) => (isLang(raw) ? raw : undefined),
    format: (value) => value,
    reason: 'lang',
    scope: 'app',
  },
  theme: { parse: oneOf(THEMES), format: (value) => value, reason: 'theme', scope: 'app' },
  v: {
    // Existence is checked against the published versions when the data loads.
    parse: (raw) => (/^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$/.test(raw) ? raw : undefined),
    format: (value) => value,
    reason: 'version',
    scope: 'app',
  },
  place: {
    parse: (raw) => (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw) && raw.length <= 80 ? raw : undefined),
    format: (value) => value,
    reason: 'place',
    scope: 'app',
  },
  at: { parse: parseAt, format: ([lng, lat]) => `${lat},${lng}`, reason: 'at', scope: 'app' },
  controls: { ...flag, scope: 'embed' },
  legend: { ...flag, scope: 'embed' },
  static: { ...flag, scope: 'embed' },
  commands: {
    parse: parseCommandSenders,
    format: (value) => value.join(' '),
    reason: 'commands',
    scope: 'embed',
  },
  compare: compareParam,
  group: groupParam,
};

/** `parent`, or http(s) origins (scheme, host and port only), separated by spaces or commas. */
function parseCommandSenders(raw: string): readonly string[] | undefined {
  const items = raw.split(/[\s,]+/).filter(Boolean);
  if (items.length === 0 || items.length > 20) return undefined;
  for (const item of items) {
    if (item === 'parent') continue;
    try {
      const url = new URL(item);
      if (!/^https?:$/.test(url.protocol) || url.origin !== item) return undefined;
    } catch {
      return undefined;
    }
  }
  return [...new Set(items)];
}

export const URL_PARAM_NAMES = Object.keys(URL_PARAMS) as (keyof UrlState)[];

export const EMPTY_URL_STATE: UrlState = Object.fromEntries(
  URL_PARAM_NAMES.map((n) => [n, undefined]),
) as unknown as UrlState;

export interface ParamProblem {
  param: string;
  value: string;
  reason: NoteReason;
}

const MAX_SHOWN_VALUE = 40;

/**
 * Reads known parameters; anything malformed is dropped and reported, never thrown. `fixes` says
 * how the next URL rewrite cleans the link: a refused parameter is removed (null), a repeated one
 * keeps its first value, so a re-shared link does not bring the same note back.
 */
export function parseUrlState(
  search: string,
  ctx: ParamContext,
): { state: UrlState; problems: ParamProblem[]; fixes: Map<string, string | null> } {
  const params = new URLSearchParams(search);
  const state: UrlState = { ...EMPTY_URL_STATE };
  const problems: ParamProblem[] = [];
  const fixes = new Map<string, string | null>();
  const note = (param: string, value: string, reason: NoteReason, keep: string | null = null) => {
    problems.push({ param: param.slice(0, MAX_SHOWN_VALUE), value: value.slice(0, MAX_SHOWN_VALUE), reason });
    if (!fixes.has(param) || keep === null) fixes.set(param, keep);
  };
  for (const name of URL_PARAM_NAMES) {
    const values = params.getAll(name);
    if (values.length === 0) continue;
    const raw = values[0]!.trim();
    const spec = URL_PARAMS[name] as ParamSpec<unknown>;
    const parsed = spec.parse(raw, ctx);
    if (parsed === undefined) note(name, raw, spec.reason);
    else (state as unknown as Record<string, unknown>)[name] = parsed;
    for (const part of spec.notes?.(raw) ?? []) note(name, part.value, part.reason, raw);
    if (spec.scope === 'embed' && ctx.page === 'app') note(name, raw, 'embedOnly');
    const others = [...new Set(values.slice(1).map((v) => v.trim()))].filter((v) => v !== raw);
    if (others.length) note(name, others.join(', '), 'duplicate', values[0]!);
  }
  for (const name of new Set(params.keys())) {
    if (isNearMiss(name)) note(name, params.get(name) ?? '', 'unknownName');
  }
  return { state, problems, fixes };
}

const KNOWN = new Set<string>(URL_PARAM_NAMES);

/** A name that is not ours but almost is (`Date`, `wepon`): a mistake, not a host's own parameter. */
function isNearMiss(name: string): boolean {
  if (KNOWN.has(name) || name.length > 20) return false;
  const lower = name.toLowerCase();
  return URL_PARAM_NAMES.some(
    (known) => lower === known || (known.length >= 4 && editDistanceAtMostOne(lower, known)),
  );
}

/** One letter added, removed or changed, or two neighbours swapped. */
function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return (
    swapped ||
    a.slice(i + 1) === b.slice(i + 1) ||
    a.slice(i + 1) === b.slice(i) ||
    a.slice(i) === b.slice(i + 1)
  );
}

/**
 * Writes the given parameters into `search`: parameters not named in `state` (a host's tracking
 * or LMS parameters, embed flags the page does not own) are kept, and values equal to the
 * defaults are left out so links stay short.
 */
export function writeUrlState(
  search: string,
  state: Partial<UrlState>,
  defaults: Partial<UrlState>,
  fixes: ReadonlyMap<string, string | null> = new Map(),
): string {
  const params = new URLSearchParams(search);
  for (const [name, keep] of fixes) {
    params.delete(name);
    if (keep !== null) params.set(name, keep);
  }
  // In the list's order, so the same state always gives the same link.
  for (const name of URL_PARAM_NAMES.filter((n) => n in state)) {
    const value = state[name];
    if (value === undefined || value === defaults[name]) params.delete(name);
    else params.set(name, (URL_PARAMS[name] as ParamSpec<unknown>).format(value));
  }
  const out = params.toString();
  return out ? `?${out}` : '';
}

/** A query string for a full state (used for embed snippets, citations and "open full map"). */
export function buildQuery(state: Partial<UrlState>, defaults: Partial<UrlState> = {}): string {
  return writeUrlState('', state, defaults);
}
