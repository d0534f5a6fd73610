// Loads data/permissions/*.yaml, validates every record (zod schema + cross-checks), builds the
// epochs, and returns either the dataset in its export shape or a list of errors, each naming the
// file, line, record (event id, or transition number and date) and field.
//
// Used by `npm run check:data`, `npm run export:data` and the tests (on small fixtures).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import {
  STATUS_IDS,
  TIMELINE_START,
  WEAPON_IDS,
  ZONE_IDS,
  type WeaponId,
  type ZoneId,
} from '../../src/domain/ids';
import { todayIso } from '../../src/domain/dates';
import { buildEpochs, MissingStatusError } from '../../src/domain/epochs';
import type {
  Delivery,
  ISODate,
  PermissionsDataset,
  PolicyEvent,
  Source,
  StatusInfo,
  Transition,
  WeaponClass,
  Zone,
} from '../../src/domain/types';
import {
  CONDITION_MAX_LENGTH,
  EventsFileSchema,
  MetaSchema,
  StatusesFileSchema,
  TransitionsFileSchema,
  WeaponsFileSchema,
  ZonesFileSchema,
  type EventInput,
  type MetaInput,
  type TransitionInput,
} from '../../src/data-schema/schema';

export interface DataError {
  /** Path relative to the data directory, e.g. 'events/2024.yaml'. */
  file: string;
  line?: number;
  /** The record: 'event "2024-05-30-kharkiv-counter-fire"', 'transition #12 (from 2024-05-30)'… */
  record?: string;
  /** The field inside the record, e.g. 'sources[0].url'. */
  field?: string;
  message: string;
}

export interface DatasetStats {
  events: number;
  usEvents: number;
  sources: number;
  transitions: number;
  epochs: number;
}

export type LoadResult =
  | { ok: true; dataset: PermissionsDataset; transitions: Transition[]; stats: DatasetStats }
  | { ok: false; errors: DataError[] };

export interface LoadOptions {
  /** The last valid date (default: today, UTC). Tests pass a fixed day. */
  today?: ISODate;
}

export function formatError(e: DataError): string {
  const where = e.line ? `${e.file}:${e.line}` : e.file;
  const parts = [where, e.record, e.field].filter(Boolean);
  return `${parts.join(': ')}: ${e.message}`;
}

interface ParsedFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

type Path = readonly (string | number)[];

function lineOf(parsed: ParsedFile, path: Path): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = parsed.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return parsed.lines.linePos(node.range[0]).line;
  }
  return undefined;
}

function fieldName(path: Path): string | undefined {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || undefined;
}

export function loadDataset(dir: string, options: LoadOptions = {}): LoadResult {
  const today = options.today ?? todayIso();
  const start = TIMELINE_START;
  const errors: DataError[] = [];

  // ---- read and parse -------------------------------------------------------------------------
  const read = (file: string): ParsedFile | null => {
    const full = join(dir, file);
    if (!existsSync(full)) {
      errors.push({ file, message: 'file is missing' });
      return null;
    }
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(full, 'utf8'), {
      lineCounter: lines,
      uniqueKeys: true,
      schema: 'core',
      prettyErrors: false,
    });
    if (doc.errors.length > 0) {
      for (const err of doc.errors) {
        errors.push({
          file,
          line: lines.linePos(err.pos[0]).line,
          message: `YAML syntax: ${err.message.split('\n')[0]}`,
        });
      }
      return null;
    }
    return { file, doc, lines, data: doc.toJS() };
  };

  const eventFiles: string[] = [];
  if (existsSync(join(dir, 'events.yaml'))) eventFiles.push('events.yaml');
  if (existsSync(join(dir, 'events'))) {
    for (const name of readdirSync(join(dir, 'events')).sort())
      if (/\.ya?ml$/.test(name)) eventFiles.push(`events/${name}`);
  }
  if (eventFiles.length === 0)
    errors.push({ file: 'events/', message: 'no events files (events/*.yaml) found' });

  const metaFile = read('meta.yaml');
  const zonesFile = read('zones.yaml');
  const weaponsFile = read('weapons.yaml');
  const statusesFile = read('statuses.yaml');
  const transitionsFile = read('transitions.yaml');
  const parsedEventFiles = eventFiles.map(read);

  // ---- shape (zod) ----------------------------------------------------------------------------
  function check<S extends z.ZodType>(
    parsed: ParsedFile | null,
    schema: S,
    label: (data: unknown, index: number) => string,
  ): z.output<S> | null {
    if (!parsed) return null;
    const result = schema.safeParse(parsed.data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const isList = Array.isArray(parsed.data);
      const index = isList && typeof path[0] === 'number' ? path[0] : null;
      const record = index !== null ? label((parsed.data as unknown[])[index], index) : undefined;
      const inner = index !== null ? path.slice(1) : path;
      let message = issue.message;
      if (issue.code === 'unrecognized_keys') {
        const keys = (issue as { keys: string[] }).keys;
        message = `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => JSON.stringify(k)).join(', ')} (check the spelling)`;
      }
      errors.push({
        file: parsed.file,
        line: lineOf(parsed, path),
        record,
        field: fieldName(inner),
        message,
      });
    }
    return null;
  }

  const get = (data: unknown, key: string): unknown =>
    data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  const byId = (what: string) => (data: unknown, i: number) => {
    const id = get(data, 'id');
    return typeof id === 'string' ? `${what} "${id}"` : `${what} #${i + 1}`;
  };
  const transitionLabel = (data: unknown, i: number) => {
    const from = get(data, 'from');
    return `transition #${i + 1}${typeof from === 'string' ? ` (from ${from})` : ''}`;
  };

  const meta = check(metaFile, MetaSchema, () => 'meta') as MetaInput | null;
  const zones = check(zonesFile, ZonesFileSchema, byId('zone'));
  const weapons = check(weaponsFile, WeaponsFileSchema, byId('weapon'));
  const statuses = check(statusesFile, StatusesFileSchema, byId('status'));
  const transitions = check(transitionsFile, TransitionsFileSchema, transitionLabel) as
    TransitionInput[] | null;
  const eventsPerFile = parsedEventFiles.map((f) => ({
    file: f,
    events: check(f, EventsFileSchema, byId('event')) as EventInput[] | null,
  }));

  if (
    errors.length > 0 ||
    !meta ||
    !zones ||
    !weapons ||
    !statuses ||
    !transitions ||
    eventsPerFile.some((f) => !f.events)
  ) {
    return { ok: false, errors };
  }

  // ---- cross-checks ---------------------------------------------------------------------------
  const reviewedThrough = meta.reviewedThrough;
  const err = (
    parsed: ParsedFile | null,
    path: Path,
    record: string | undefined,
    field: string | undefined,
    message: string,
  ) =>
    errors.push({
      file: parsed?.file ?? '?',
      line: parsed ? lineOf(parsed, path) : undefined,
      record,
      field,
      message,
    });
  const range = `${start} … ${today}`;
  const inRange = (d: string) => d >= start && d <= today;

  if (!inRange(reviewedThrough))
    err(
      metaFile,
      ['reviewedThrough'],
      undefined,
      'reviewedThrough',
      `date ${reviewedThrough} is outside ${range}`,
    );

  const requireAll = (
    parsed: ParsedFile | null,
    list: readonly { id: string }[],
    ids: readonly string[],
    what: string,
  ) => {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      if (seen.has(item.id))
        err(
          parsed,
          [i, 'id'],
          `${what} "${item.id}"`,
          'id',
          `duplicate ${what} id (also #${seen.get(item.id)! + 1})`,
        );
      else seen.set(item.id, i);
    });
    for (const id of ids)
      if (!seen.has(id))
        err(
          parsed,
          [],
          undefined,
          undefined,
          `${what} "${id}" is missing (every id in src/domain/ids.ts must be described)`,
        );
  };
  requireAll(zonesFile, zones, ZONE_IDS, 'zone');
  requireAll(weaponsFile, weapons, WEAPON_IDS, 'weapon');
  requireAll(statusesFile, statuses, STATUS_IDS, 'status');

  // Events: unique ids, dates, sources.
  const eventIndex = new Map<string, { event: EventInput; file: ParsedFile; index: number }>();
  for (const { file, events } of eventsPerFile) {
    events!.forEach((event, i) => {
      const record = `event "${event.id}"`;
      const prior = eventIndex.get(event.id);
      if (prior) {
        err(file, [i, 'id'], record, 'id', `duplicate event id (also in ${prior.file.file})`);
        return;
      }
      eventIndex.set(event.id, { event, file: file!, index: i });
    });
  }
  const knownEvent = (id: string) => eventIndex.has(id);
  const unknownEvent = (id: string) => `unknown event ${JSON.stringify(id)} (no event has this id)`;

  const doNotCite = new Set(meta.doNotCite.map((u) => u.replace(/\/$/, '')));
  const stateDomain = (url: string): string | null => {
    const host = new URL(url).hostname.toLowerCase();
    for (const pattern of meta.stateAffiliatedDomains) {
      const re = new RegExp(
        `(^|\\.)${pattern
          .toLowerCase()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '[^.]*')}$`,
      );
      if (re.test(host)) return pattern;
    }
    return null;
  };

  for (const { event, file, index: i } of eventIndex.values()) {
    const record = `event "${event.id}"`;
    const at = (...rest: (string | number)[]) => [i, ...rest];
    for (const field of ['date', 'dateEnd', 'reportedOn'] as const) {
      const d = event[field];
      if (d && !inRange(d)) err(file, at(field), record, field, `date ${d} is outside ${range}`);
    }
    if (inRange(event.date) && event.date > reviewedThrough) {
      err(
        file,
        at('date'),
        record,
        'date',
        `date ${event.date} is after reviewedThrough (${reviewedThrough}); review the sources and move reviewedThrough in meta.yaml forward`,
      );
    }
    if (event.dateEnd && event.dateEnd < event.date)
      err(file, at('dateEnd'), record, 'dateEnd', `dateEnd ${event.dateEnd} is before date ${event.date}`);
    if (event.reportedOn && event.reportedOn < event.date)
      err(
        file,
        at('reportedOn'),
        record,
        'reportedOn',
        `reportedOn ${event.reportedOn} is before date ${event.date}`,
      );
    const urls = new Set<string>();
    event.sources.forEach((source, s) => {
      const field = (name: string) => `sources[${s}].${name}`;
      if (source.published) {
        const p = source.published;
        const ok = p.length === 7 ? p >= start.slice(0, 7) && p <= today.slice(0, 7) : inRange(p);
        if (!ok)
          err(
            file,
            at('sources', s, 'published'),
            record,
            field('published'),
            `date ${p} is outside ${range}`,
          );
      }
      if (doNotCite.has(source.url.replace(/\/$/, ''))) {
        err(
          file,
          at('sources', s, 'url'),
          record,
          field('url'),
          `${source.url} is on the do-not-cite list in meta.yaml (known aggregator errors)`,
        );
      }
      if (urls.has(source.url))
        err(
          file,
          at('sources', s, 'url'),
          record,
          field('url'),
          `the same URL is listed twice in this event`,
        );
      urls.add(source.url);
      const domain = stateDomain(source.url);
      if (domain && !source.stateAffiliated) {
        err(
          file,
          at('sources', s, 'stateAffiliated'),
          record,
          field('stateAffiliated'),
          `${domain} is listed as state-affiliated in meta.yaml; set stateAffiliated: true and say who is behind it in affiliation`,
        );
      }
      if (source.stateAffiliated && !source.affiliation) {
        err(
          file,
          at('sources', s),
          record,
          field('affiliation'),
          'a state-affiliated source needs an affiliation (e.g. "Russian state news agency")',
        );
      }
    });
  }

  // Weapons: deliveries.
  weapons.forEach((w, i) => {
    const record = `weapon "${w.id}"`;
    const d = w.firstDelivered;
    if (d) {
      if (!inRange(d.date))
        err(
          weaponsFile,
          [i, 'firstDelivered', 'date'],
          record,
          'firstDelivered.date',
          `date ${d.date} is outside ${range}`,
        );
      if (d.date > reviewedThrough)
        err(
          weaponsFile,
          [i, 'firstDelivered', 'date'],
          record,
          'firstDelivered.date',
          `date ${d.date} is after reviewedThrough (${reviewedThrough})`,
        );
      if (d.basis.length === 0 && d.precision !== 'assumed') {
        err(
          weaponsFile,
          [i, 'firstDelivered', 'basis'],
          record,
          'firstDelivered.basis',
          'a first delivery needs at least one basis event (or precision: assumed, explained in the note)',
        );
      }
      d.basis.forEach((id, b) => {
        if (!knownEvent(id))
          err(
            weaponsFile,
            [i, 'firstDelivered', 'basis', b],
            record,
            `firstDelivered.basis[${b}]`,
            unknownEvent(id),
          );
      });
    }
    if ((!d || d.date > start) && !w.notSupplied) {
      err(
        weaponsFile,
        [i],
        record,
        'notSupplied',
        'notSupplied (note and basis) is required: the weapon is not supplied for part of the timeline',
      );
    }
    w.notSupplied?.basis.forEach((id, b) => {
      if (!knownEvent(id))
        err(weaponsFile, [i, 'notSupplied', 'basis', b], record, `notSupplied.basis[${b}]`, unknownEvent(id));
    });
  });

  // Transitions: dates, basis, readings, contradictions, coverage.
  const claimed = new Map<string, number>();
  transitions.forEach((t, i) => {
    const record = transitionLabel(t, i);
    if (!inRange(t.from))
      err(transitionsFile, [i, 'from'], record, 'from', `date ${t.from} is outside ${range}`);
    else if (t.from > reviewedThrough)
      err(
        transitionsFile,
        [i, 'from'],
        record,
        'from',
        `date ${t.from} is after reviewedThrough (${reviewedThrough})`,
      );
    t.basis.forEach((id, b) => {
      if (!knownEvent(id)) err(transitionsFile, [i, 'basis', b], record, `basis[${b}]`, unknownEvent(id));
    });
    t.readings?.forEach((r, ri) =>
      r.basis.forEach((id, b) => {
        if (!knownEvent(id))
          err(
            transitionsFile,
            [i, 'readings', ri, 'basis', b],
            record,
            `readings[${ri}].basis[${b}]`,
            unknownEvent(id),
          );
      }),
    );
    if (t.status === 'disputed' && (t.readings?.length ?? 0) < 2) {
      err(
        transitionsFile,
        [i, 'readings'],
        record,
        'readings',
        'a disputed status needs at least two readings, each with its basis',
      );
    }
    if ((t.status === 'limited' || t.status === 'disputed') && !t.condition) {
      err(
        transitionsFile,
        [i, 'condition'],
        record,
        'condition',
        `a ${t.status} status needs a condition: a short label in our words (at most ${CONDITION_MAX_LENGTH} characters, e.g. "counter-fire only"); the note keeps the full explanation`,
      );
    }
    if (t.status !== 'disputed' && t.readings)
      err(
        transitionsFile,
        [i, 'readings'],
        record,
        'readings',
        `readings are only for status disputed (this one is ${t.status})`,
      );
    for (const [list, what] of [
      [t.zones as readonly string[], 'zones'],
      [t.weapons as readonly string[], 'weapons'],
    ] as const) {
      const dup = list.find((x, k) => list.indexOf(x) !== k);
      if (dup) err(transitionsFile, [i, what], record, what, `${JSON.stringify(dup)} is listed twice`);
    }
    for (const zone of new Set(t.zones)) {
      for (const weapon of new Set(t.weapons)) {
        const key = `${t.from}|${zone}|${weapon}`;
        const other = claimed.get(key);
        if (other !== undefined) {
          const o = transitions[other]!;
          const same = o.status === t.status && o.condition === t.condition && o.note === t.note;
          const show = (c: string | undefined) => (c === undefined ? 'none' : JSON.stringify(c));
          const differs =
            o.status !== t.status
              ? ` (${o.status} vs ${t.status})`
              : o.condition !== t.condition
                ? ` (condition ${show(o.condition)} vs ${show(t.condition)})`
                : ' (different notes)';
          err(
            transitionsFile,
            [i, 'from'],
            record,
            undefined,
            `${same ? 'repeats' : 'contradicts'} ${transitionLabel(o, other)} for ${zone} × ${weapon} on ${t.from}` +
              `${same ? '' : differs}: only one transition may set a zone and weapon on a given day`,
          );
        } else claimed.set(key, i);
      }
    }
  });
  for (const zone of ZONE_IDS) {
    for (const weapon of WEAPON_IDS) {
      if (!claimed.has(`${start}|${zone}|${weapon}`)) {
        err(
          transitionsFile,
          [],
          undefined,
          undefined,
          `no transition from ${start} gives a status for ${zone} × ${weapon}; every zone and weapon needs one on the first day`,
        );
      }
    }
  }

  if (errors.length > 0) return { ok: false, errors };

  // ---- assemble -------------------------------------------------------------------------------
  const zoneOut: Zone[] = ZONE_IDS.map((id) => {
    const z = zones.find((x) => x.id === id)!;
    return { id, name: z.name, description: z.description };
  });
  const statusOut: StatusInfo[] = STATUS_IDS.map((id) => {
    const s = statuses.find((x) => x.id === id)!;
    return { id, label: s.label, description: s.description };
  });
  const weaponOut: WeaponClass[] = WEAPON_IDS.map((id) => {
    const w = weapons.find((x) => x.id === id)!;
    const firstDelivered: Delivery | null = w.firstDelivered
      ? {
          date: w.firstDelivered.date,
          precision: w.firstDelivered.precision,
          basis: [...w.firstDelivered.basis],
          note: w.firstDelivered.note,
        }
      : null;
    return {
      id,
      name: w.name,
      shortName: w.shortName,
      description: w.description,
      range: w.range,
      systems: [...w.systems],
      firstDelivered,
      ...(w.notSupplied
        ? { notSupplied: { note: w.notSupplied.note, basis: [...w.notSupplied.basis] } }
        : {}),
      inSummary: w.inSummary,
    };
  });
  const eventOut: PolicyEvent[] = [...eventIndex.values()]
    .map(({ event: e }) => normalizeEvent(e))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const transitionOut: Transition[] = transitions.map((t) => ({
    from: t.from,
    zones: [...t.zones] as ZoneId[],
    weapons: [...t.weapons] as WeaponId[],
    status: t.status,
    ...(t.condition ? { condition: t.condition } : {}),
    ...(t.note ? { note: t.note } : {}),
    ...(t.regions ? { regions: [...t.regions] } : {}),
    basis: [...t.basis],
    ...(t.readings ? { readings: t.readings.map((r) => ({ reading: r.reading, basis: [...r.basis] })) } : {}),
  }));

  let epochs;
  try {
    epochs = buildEpochs({ start, end: reviewedThrough, weapons: weaponOut, transitions: transitionOut });
  } catch (e) {
    if (e instanceof MissingStatusError) {
      return { ok: false, errors: [{ file: 'transitions.yaml', message: e.message }] };
    }
    throw e;
  }

  const dataset: PermissionsDataset = {
    version: meta.version,
    reviewedThrough,
    timelineStart: start,
    zones: zoneOut,
    weapons: weaponOut,
    statuses: statusOut,
    epochs,
    events: eventOut,
  };
  return {
    ok: true,
    dataset,
    transitions: transitionOut,
    stats: {
      events: eventOut.length,
      usEvents: eventOut.filter((e) => e.donor === 'US').length,
      sources: eventOut.reduce((n, e) => n + e.sources.length, 0),
      transitions: transitionOut.length,
      epochs: epochs.length,
    },
  };
}

function normalizeSource(s: EventInput['sources'][number]): Source {
  return {
    outlet: s.outlet,
    url: s.url,
    published: s.published ?? null,
    ...(s.quote ? { quote: s.quote } : {}),
    ...(s.lang ? { lang: s.lang } : {}),
    stateAffiliated: s.stateAffiliated,
    ...(s.affiliation ? { affiliation: s.affiliation } : {}),
    ...(s.via ? { via: s.via } : {}),
    ...(s.note ? { note: s.note } : {}),
  };
}

function normalizeEvent(e: EventInput): PolicyEvent {
  return {
    id: e.id,
    kind: e.kind,
    date: e.date,
    datePrecision: e.datePrecision,
    ...(e.dateEnd ? { dateEnd: e.dateEnd } : {}),
    ...(e.reportedOn ? { reportedOn: e.reportedOn } : {}),
    title: e.title,
    summary: e.summary,
    zones: [...e.zones],
    regions: [...e.regions],
    weapons: [...e.weapons],
    ...(e.systems ? { systems: [...e.systems] } : {}),
    change: e.change,
    claimStatus: e.claimStatus,
    confidence: e.confidence,
    donor: e.donor,
    ...(e.otherDonors ? { otherDonors: [...e.otherDonors] } : {}),
    ...(e.caveat ? { caveat: e.caveat } : {}),
    sources: e.sources.map(normalizeSource),
  };
}
