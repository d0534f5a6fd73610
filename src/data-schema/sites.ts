// Zod schemas for data/sites/sites.yaml and for the `ranges:` lists in
// data/permissions/weapons.yaml. Used by scripts/data (check and export) and tests, never by the
// app. Cross-record checks (unique ids, coordinates inside Russia or Crimea, range order) live in
// scripts/data/sites/.

import { z } from 'zod';
import { CLAIM_STATUSES } from '../domain/types';
import { WEAPON_IDS } from '../domain/ids';
import { isIsoDateOrMonth } from '../domain/dates';
import { SITE_CLAIM_STATUSES, SITE_KINDS } from '../domain/sites';
import { SourceSchema, isoDate, isWebUrl } from './schema';

const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

const webUrl = z.string({ error: 'url is required' }).refine(isWebUrl, {
  error: (iss) => `malformed URL ${JSON.stringify(iss.input)} (must be a full http:// or https:// address)`,
});

/** A source that names the thing: the quote is what we rely on, so it is required here. */
const QuotedSourceSchema = SourceSchema.extend({
  quote: z
    .string({
      error: (iss) =>
        iss.input === undefined ? 'quote is required (an exact short quote)' : 'quote must be text',
    })
    .trim()
    .min(1, { error: 'quote must not be empty' })
    .refine((q) => q.split(/\s+/).length <= 40, {
      error: 'quote must be short (at most 40 words)',
    }),
});

const sources = (what: string) =>
  z
    .array(QuotedSourceSchema, { error: `${what} must be a list of sources` })
    .min(1, { error: 'at least one source with a quote is required' });

export const RangeSchema = z.strictObject({
  // null: a version never supplied (in our sources); listed for readers, never used for reach.
  from: isoDate('from').nullable(),
  km: z
    .number({ error: 'km must be a number' })
    .positive({ error: 'km must be more than 0' })
    .max(5000, { error: 'km must be at most 5000' }),
  system: text('system'),
  sources: sources('sources'),
});

export const RangesSchema = z.array(RangeSchema, { error: 'ranges must be a list' });

const dateOrMonth = z.string({ error: 'date must be YYYY-MM-DD or YYYY-MM' }).refine(isIsoDateOrMonth, {
  error: (iss) => `date must be YYYY-MM-DD or YYYY-MM, got ${JSON.stringify(iss.input)}`,
});

const publishedOrNull = z
  .string()
  .refine(isIsoDateOrMonth, { error: 'published must be YYYY-MM-DD, YYYY-MM or empty (null)' })
  .nullable()
  .default(null);

export const StrikeSchema = z.strictObject({
  date: dateOrMonth,
  weapons: z.array(
    z.enum(WEAPON_IDS, { error: `weapons: unknown weapon id; expected ${WEAPON_IDS.join(', ')}` }),
  ),
  summary: text('summary'),
  claimStatus: z.enum([...CLAIM_STATUSES, ...SITE_CLAIM_STATUSES], {
    error: `claimStatus must be one of ${[...CLAIM_STATUSES, ...SITE_CLAIM_STATUSES].join(', ')}`,
  }),
  sources: sources('strike sources'),
});

const coordinate = z.number({ error: 'coordinates must be numbers' });

export const SiteSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (iss) => `id ${JSON.stringify(iss.input)} must be lowercase letters, digits and single hyphens`,
  }),
  name: text('name'),
  kind: z.enum(SITE_KINDS, { error: `kind must be one of ${SITE_KINDS.join(', ')}` }),
  region: text('region'),
  coordinates: z.tuple([coordinate.min(-180).max(180), coordinate.min(-90).max(90)], {
    error: 'coordinates must be [longitude, latitude]',
  }),
  coordinateSource: z.strictObject({
    outlet: text('coordinateSource.outlet'),
    url: webUrl,
    published: publishedOrNull,
    note: text('coordinateSource.note').optional(),
  }),
  why: text('why'),
  sources: sources('sources'),
  strikes: z.array(StrikeSchema).default([]),
});

export const SitesFileSchema = z.array(SiteSchema, { error: 'sites.yaml must be a list of sites' });

export type SiteInput = z.infer<typeof SiteSchema>;
export type RangeInput = z.infer<typeof RangeSchema>;
