// Zod schemas for the YAML files in data/permissions/. Used by scripts/data (check and
// export), tests, and the app's loader (via datasetSchema.ts); the engine in src/domain stays free of zod.
//
// These check the shape of each record (required fields, formats, known ids). Cross-record checks
// (unknown basis events, date ranges, contradictory transitions…) live in
// scripts/data/load-dataset.ts.

import { z } from 'zod';
import { NAMED_REGION_IDS, STATUS_IDS, WEAPON_IDS, ZONE_IDS } from '../domain/ids';
import { isIsoDate, isIsoDateOrMonth } from '../domain/dates';
import {
  CLAIM_STATUSES,
  CONFIDENCES,
  DATE_PRECISIONS,
  DELIVERY_PRECISIONS,
  EVENT_KINDS,
} from '../domain/types';

const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (iss) =>
      iss.input === undefined
        ? `${what} is required`
        : `unknown ${what} ${show(iss.input)}; expected one of: ${values.join(', ')}`,
  });
}

export const text = (what: string) =>
  z
    .string({
      error: (iss) =>
        iss.input === undefined ? `${what} is required` : `${what} must be text, got ${show(iss.input)}`,
    })
    .trim()
    .min(1, { error: `${what} must not be empty` });

export const isoDate = (what = 'date') =>
  z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? `${what} is required`
          : `${what} must be a date written YYYY-MM-DD, got ${show(iss.input)}`,
    })
    .refine(isIsoDate, {
      error: (iss) => `${what} must be a real date written YYYY-MM-DD, got ${show(iss.input)}`,
    });

const publishedDate = z
  .string({ error: (iss) => `published must be YYYY-MM-DD, YYYY-MM or empty (null), got ${show(iss.input)}` })
  .refine(isIsoDateOrMonth, {
    error: (iss) => `published must be YYYY-MM-DD, YYYY-MM or empty (null), got ${show(iss.input)}`,
  });

/** An http(s) URL that the URL parser accepts and whose host has a dot. */
export function isWebUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.hostname.includes('.') &&
      !url.hostname.endsWith('.')
    );
  } catch {
    return false;
  }
}

const webUrl = z
  .string({
    error: (iss) =>
      iss.input === undefined ? 'url is required' : `url must be text, got ${show(iss.input)}`,
  })
  .refine(isWebUrl, {
    error: (iss) => `malformed URL ${show(iss.input)} (must be a full http:// or https:// address)`,
  });

export const eventIds = (what: string, min: number) =>
  z
    .array(text('event id'), {
      error: (iss) =>
        iss.input === undefined ? `${what} is required` : `${what} must be a list of event ids`,
    })
    .min(min, { error: `${what} must name at least ${min} event${min === 1 ? '' : 's'}` });

const slug = z
  .string({
    error: (iss) => (iss.input === undefined ? 'id is required' : `id must be text, got ${show(iss.input)}`),
  })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (iss) => `id ${show(iss.input)} must be lowercase letters, digits and single hyphens`,
  });

const donorCode = z.string().regex(/^[A-Z]{2,3}$/, {
  error: (iss) => `donor ${show(iss.input)} must be a 2–3 letter code such as US, UK, FR, DE`,
});

export const MetaSchema = z.strictObject({
  version: text('version'),
  reviewedThrough: isoDate('reviewedThrough'),
  /** Hand-written change lines of this version (plain English sentences; see docs/data.md). */
  changes: z.array(text('change line')).default([]),
  doNotCite: z.array(webUrl).default([]),
  stateAffiliatedDomains: z.array(text('domain')).default([]),
});

export const ZoneSchema = z.strictObject({
  id: oneOf(ZONE_IDS, 'zone id'),
  name: text('name'),
  description: text('description'),
});

export const StatusInfoSchema = z.strictObject({
  id: oneOf(STATUS_IDS, 'status id'),
  label: text('label'),
  description: text('description'),
});

export const WeaponSchema = z.strictObject({
  id: oneOf(WEAPON_IDS, 'weapon id'),
  name: text('name'),
  shortName: text('shortName'),
  description: text('description'),
  range: text('range'),
  systems: z.array(text('system')).default([]),
  inSummary: z.boolean().default(true),
  // Checked in detail by scripts/data/sites/ranges.ts (src/data-schema/sites.ts: RangesSchema).
  ranges: z.array(z.unknown(), { error: 'ranges must be a list' }).optional(),
  firstDelivered: z
    .strictObject(
      {
        date: isoDate('firstDelivered.date'),
        precision: oneOf(DELIVERY_PRECISIONS, 'precision'),
        basis: z.array(text('event id')).default([]),
        note: text('note'),
      },
      {
        error: (iss) =>
          iss.input === undefined
            ? 'firstDelivered is required (write null if the class was never supplied)'
            : 'firstDelivered must be null or have date, precision, basis and note',
      },
    )
    .nullable(),
  notSupplied: z
    .strictObject({
      note: text('note'),
      basis: eventIds('basis', 1),
    })
    .optional(),
});

export const SourceSchema = z.strictObject({
  outlet: text('outlet'),
  url: webUrl,
  published: publishedDate.nullable().default(null),
  quote: text('quote').optional(),
  /** The quote's language (BCP 47 primary code); absent means English. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}$/, {
      error: (iss) => `lang must be a language code such as en, uk, ru, got ${show(iss.input)}`,
    })
    .optional(),
  stateAffiliated: z.boolean({ error: 'stateAffiliated is required (true or false)' }),
  affiliation: text('affiliation').optional(),
  via: text('via').optional(),
  note: text('note').optional(),
});

export const EventSchema = z.strictObject({
  id: slug,
  kind: oneOf(EVENT_KINDS, 'kind'),
  date: isoDate('date'),
  datePrecision: oneOf(DATE_PRECISIONS, 'datePrecision'),
  dateEnd: isoDate('dateEnd').optional(),
  reportedOn: isoDate('reportedOn').optional(),
  title: text('title'),
  summary: text('summary'),
  zones: z.array(oneOf(ZONE_IDS, 'zone id')).default([]),
  regions: z.array(oneOf(NAMED_REGION_IDS, 'region id')).default([]),
  weapons: z.array(oneOf(WEAPON_IDS, 'weapon id')).default([]),
  systems: z.array(text('system')).optional(),
  change: text('change'),
  claimStatus: oneOf(CLAIM_STATUSES, 'claimStatus'),
  confidence: oneOf(CONFIDENCES, 'confidence'),
  donor: donorCode.default('US'),
  otherDonors: z.array(donorCode).optional(),
  caveat: text('caveat').optional(),
  sources: z
    .array(SourceSchema, {
      error: (iss) =>
        iss.input === undefined
          ? 'sources is required: every event needs at least one source'
          : 'sources must be a list',
    })
    .min(1, { error: 'every event needs at least one source' }),
});

export const ReadingSchema = z.strictObject({
  reading: text('reading'),
  basis: eventIds('basis', 1),
});

/** The maximum length of a transition's `condition` (a label for sentences, table and legend). */
export const CONDITION_MAX_LENGTH = 40;

const condition = text('condition')
  .max(CONDITION_MAX_LENGTH, {
    error: (iss) =>
      `condition must be at most ${CONDITION_MAX_LENGTH} characters` +
      `${typeof iss.input === 'string' ? ` (this one has ${iss.input.length})` : ''}; keep it a short label and put the detail in note`,
  })
  .refine((value) => !/["“”]/.test(value), {
    error: 'condition must be in our own words, without quotation marks (quote in note instead)',
  });

/**
 * A transition over the given weapon classes and statuses: the US file uses the US ids, the donor
 * files (data/donors/) their four classes and the extra status `no-statement`.
 */
export function makeTransitionSchema<
  const W extends readonly [string, ...string[]],
  const S extends readonly [string, ...string[]],
>(weaponIds: W, statusIds: S) {
  return z.strictObject({
    from: isoDate('from'),
    zones: z.array(oneOf(ZONE_IDS, 'zone id')).min(1, { error: 'zones must name at least one zone' }),
    weapons: z
      .array(oneOf(weaponIds, 'weapon id'))
      .min(1, { error: 'weapons must name at least one weapon class' }),
    status: oneOf(statusIds, 'status'),
    condition: condition.optional(),
    note: text('note').optional(),
    regions: z.array(oneOf(NAMED_REGION_IDS, 'region id')).optional(),
    /**
     * Why this transition sets some of the three Russian zones and not the others: the geographic
     * reason in our words ("counter-fire opposite Kharkiv"). Required by check:data whenever the
     * Russian zones differ for a weapon on a day.
     */
    geography: text('geography').optional(),
    basis: eventIds('basis', 1),
    readings: z.array(ReadingSchema).optional(),
  });
}

export const TransitionSchema = makeTransitionSchema(WEAPON_IDS, STATUS_IDS);

export const ZonesFileSchema = z.array(ZoneSchema, { error: 'zones.yaml must be a list of zones' });
export const WeaponsFileSchema = z.array(WeaponSchema, {
  error: 'weapons.yaml must be a list of weapon classes',
});
export const StatusesFileSchema = z.array(StatusInfoSchema, {
  error: 'statuses.yaml must be a list of statuses',
});
export const EventsFileSchema = z.array(EventSchema, { error: 'an events file must be a list of events' });
export const TransitionsFileSchema = z.array(TransitionSchema, {
  error: 'transitions.yaml must be a list of transitions',
});

export type MetaInput = z.infer<typeof MetaSchema>;
export type EventInput = z.infer<typeof EventSchema>;
export type TransitionInput = z.infer<typeof TransitionSchema>;
export type WeaponInput = z.infer<typeof WeaponSchema>;
