import { URL_PARAMS } from '../url/params';
import type { ClassId, ZoneId, ShownStatusId } from '../domain/ids';
import type { DonorId } from '../domain/donors';
import type { CellStatuses } from '../store/selectors';

// The embed's postMessage protocol, version 1 (documented in README, "Embedding"). Every message
// is a plain object whose `type` starts with "permission-map:". Incoming messages are validated
// field by field; anything malformed is ignored with a console warning, never an exception.

export const API_VERSION = 1;
export const PREFIX = 'permission-map:';

export interface SetMessage {
  type: 'permission-map:set';
  date?: string;
  weapon?: 'all' | ClassId;
  zone?: ZoneId | null;
  playing?: boolean;
  /** Whose weapons (issue #15; additive): loads that donor's data, keeping the date. */
  donor?: DonorId;
}

export interface GetStateMessage {
  type: 'permission-map:get-state';
  requestId: string | number;
}

/** Sent by the auto-height host script: switch to content-sized layout and report heights. */
export interface AutoHeightMessage {
  type: 'permission-map:auto-height';
}

export type IncomingMessage = SetMessage | GetStateMessage | AutoHeightMessage;

export interface EmbedState {
  apiVersion: typeof API_VERSION;
  dataVersion: string | null;
  date: string;
  weapon: 'all' | ClassId;
  zone: ZoneId | null;
  /** Whose weapons the map shows (issue #15; additive): 'us' unless switched. */
  donor: DonorId;
  playing: boolean;
  /** Each zone's classes: the active donor's own (the US: its six). */
  statuses: CellStatuses;
  /** What each zone is coloured: the all-weapons summary level, or the chosen weapon's status. */
  summary: Record<ZoneId, ShownStatusId>;
  /** The live summary sentence, in the embed's language. */
  sentence: string;
}

export type ParseResult =
  { ok: true; message: IncomingMessage } | { ok: false; reason: string } | { ok: false; reason: null };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates an incoming message. `reason: null` means "not for us" (other scripts' chatter):
 * ignore silently. A string reason means it was addressed to us but malformed: warn.
 */
export function parseIncoming(data: unknown, today: string): ParseResult {
  if (!isPlainObject(data) || typeof data['type'] !== 'string' || !data['type'].startsWith(PREFIX))
    return { ok: false, reason: null };
  const type = data['type'];
  switch (type) {
    case 'permission-map:set':
      return parseSet(data, today);
    case 'permission-map:get-state': {
      const id = data['requestId'];
      if (!(
        (typeof id === 'string' && id.length <= 200) ||
        (typeof id === 'number' && Number.isFinite(id))
      )) {
        return { ok: false, reason: 'requestId must be a string or a number' };
      }
      return { ok: true, message: { type, requestId: id } };
    }
    case 'permission-map:auto-height':
      return { ok: true, message: { type } };
    default:
      // Our own outgoing types (state, change, height, ready) echoed back are not errors.
      if (
        [
          'permission-map:state',
          'permission-map:change',
          'permission-map:height',
          'permission-map:ready',
        ].includes(type)
      )
        return { ok: false, reason: null };
      return { ok: false, reason: `unknown message type ${type}` };
  }
}

/** `permission-map:set`: every field optional, each checked; an unknown field refuses the message. */
function parseSet(data: Record<string, unknown>, today: string): ParseResult {
  const allowed = new Set(['type', 'date', 'weapon', 'zone', 'playing', 'donor']);
  const unknown = Object.keys(data).filter((k) => !allowed.has(k));
  if (unknown.length) return { ok: false, reason: `unknown field(s) ${unknown.join(', ')}` };
  const message: SetMessage = { type: 'permission-map:set' };
  if ('date' in data) {
    const date =
      typeof data['date'] === 'string' ? URL_PARAMS.date.parse(data['date'], { today }) : undefined;
    if (!date) return { ok: false, reason: 'date must be YYYY-MM-DD between 2022-02-24 and today' };
    message.date = date;
  }
  if ('weapon' in data) {
    const weapon =
      typeof data['weapon'] === 'string' ? URL_PARAMS.weapon.parse(data['weapon'], { today }) : undefined;
    if (!weapon) return { ok: false, reason: 'unknown weapon' };
    message.weapon = weapon;
  }
  if ('zone' in data) {
    if (data['zone'] === null) message.zone = null;
    else {
      const zone =
        typeof data['zone'] === 'string' ? URL_PARAMS.zone.parse(data['zone'], { today }) : undefined;
      if (!zone) return { ok: false, reason: 'unknown zone' };
      message.zone = zone;
    }
  }
  if ('donor' in data) {
    const donor =
      typeof data['donor'] === 'string' ? URL_PARAMS.donor.parse(data['donor'], { today }) : undefined;
    if (!donor)
      return { ok: false, reason: 'unknown donor (use us, gb, fr, de, …; see public/data/donors.json)' };
    message.donor = donor;
  }
  if ('playing' in data) {
    if (typeof data['playing'] !== 'boolean') return { ok: false, reason: 'playing must be true or false' };
    message.playing = data['playing'];
  }
  return { ok: true, message };
}
