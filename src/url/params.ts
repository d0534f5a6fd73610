import { WEAPON_IDS, ZONE_IDS, TIMELINE_START, type WeaponId, type ZoneId } from '../domain/ids';
import { isIsoDate } from '../domain/dates';
import { isLang, type Lang } from '../i18n/locale';

/** Everything a link or an embed can set. Each entry parses, validates and writes one parameter. */
export interface UrlState {
  date: string | undefined;
  weapon: 'all' | WeaponId | undefined;
  zone: ZoneId | undefined;
  lang: Lang | undefined;
}

export interface ParamContext {
  today: string;
}

interface ParamSpec<T> {
  /** Returns the parsed value, or undefined when the value is not acceptable. */
  parse(raw: string, ctx: ParamContext): T | undefined;
  format(value: T): string;
  /** Reason key in the message catalogue (`urlReasons`) when the value is ignored. */
  reason: string;
}

type ParamSpecs = { [K in keyof UrlState]-?: ParamSpec<NonNullable<UrlState[K]>> };

/** The exhaustive, typed list of URL/embed parameters. Adding a key here is the only way to add one. */
export const URL_PARAMS: ParamSpecs = {
  date: {
    parse: (raw, { today }) => (isIsoDate(raw) && raw >= TIMELINE_START && raw <= today ? raw : undefined),
    format: (value) => value,
    reason: 'date',
  },
  weapon: {
    parse: (raw) => (raw === 'all' || (WEAPON_IDS as readonly string[]).includes(raw) ? (raw as 'all' | WeaponId) : undefined),
    format: (value) => value,
    reason: 'weapon',
  },
  zone: {
    parse: (raw) => ((ZONE_IDS as readonly string[]).includes(raw) ? (raw as ZoneId) : undefined),
    format: (value) => value,
    reason: 'zone',
  },
  lang: {
    parse: (raw) => (isLang(raw) ? raw : undefined),
    format: (value) => value,
    reason: 'lang',
  },
};

export const URL_PARAM_NAMES = Object.keys(URL_PARAMS) as (keyof UrlState)[];

export interface ParamProblem {
  param: string;
  value: string;
  reason: string;
}

const MAX_SHOWN_VALUE = 40;

/** Reads known parameters; anything malformed is dropped and reported, never thrown. */
export function parseUrlState(search: string, ctx: ParamContext): { state: UrlState; problems: ParamProblem[] } {
  const params = new URLSearchParams(search);
  const state: UrlState = { date: undefined, weapon: undefined, zone: undefined, lang: undefined };
  const problems: ParamProblem[] = [];
  for (const name of URL_PARAM_NAMES) {
    const values = params.getAll(name);
    if (values.length === 0) continue;
    const raw = values[0]!.trim();
    const spec = URL_PARAMS[name] as ParamSpec<unknown>;
    const parsed = spec.parse(raw, ctx);
    if (parsed === undefined) {
      problems.push({ param: name, value: raw.slice(0, MAX_SHOWN_VALUE), reason: spec.reason });
    } else {
      (state as unknown as Record<string, unknown>)[name] = parsed;
    }
    if (values.length > 1) problems.push({ param: name, value: values.slice(1).join(', ').slice(0, MAX_SHOWN_VALUE), reason: 'duplicate' });
  }
  return { state, problems };
}

/**
 * Writes the state into `search`, keeping parameters that are not ours (a host's tracking or LMS
 * parameters) and leaving out values equal to the defaults so links stay short.
 */
export function writeUrlState(search: string, state: UrlState, defaults: UrlState): string {
  const params = new URLSearchParams(search);
  for (const name of URL_PARAM_NAMES) {
    const value = state[name];
    if (value === undefined || value === defaults[name]) params.delete(name);
    else params.set(name, (URL_PARAMS[name] as ParamSpec<unknown>).format(value));
  }
  const out = params.toString();
  return out ? `?${out}` : '';
}
