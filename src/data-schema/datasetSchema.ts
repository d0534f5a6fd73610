// The schema of the published dataset (public/data/permissions.json), built from the same record
// schemas the build checks the YAML with, so the app refuses exactly what the build would refuse:
// unknown statuses, impossible dates, epochs out of order or with gaps, missing cells.

// First, before any schema is built: no `new Function` under the CSP.
import './zodConfig';
import { z } from 'zod';
import { NAMED_REGION_IDS, STATUS_IDS, WEAPON_IDS, ZONE_IDS } from '../domain/ids';
import { addDays, isIsoDate } from '../domain/dates';
import { EventSchema, isoDate, ReadingSchema, StatusInfoSchema, WeaponSchema, ZoneSchema } from './schema';

const CellSchema = z.object({
  status: z.enum(STATUS_IDS),
  condition: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
  basis: z.array(z.string().min(1)),
  since: isoDate('since'),
  readings: z.array(ReadingSchema).optional(),
  regions: z.array(z.enum(NAMED_REGION_IDS)).optional(),
});

const byWeapon = z.object(Object.fromEntries(WEAPON_IDS.map((w) => [w, CellSchema])));
const byZone = z.object(Object.fromEntries(ZONE_IDS.map((zone) => [zone, byWeapon])));

const EpochSchema = z
  .object({ from: isoDate('from'), to: isoDate('to'), statuses: byZone })
  .refine((e) => e.from <= e.to, { error: 'an epoch ends before it starts' });

// Loose objects (unknown keys allowed) above the record level: a newer build may add a field, and
// an older page must still read the data it knows.
export const DatasetSchema = z
  .object({
    version: z.string().min(1),
    reviewedThrough: isoDate('reviewedThrough'),
    timelineStart: isoDate('timelineStart'),
    zones: z.array(ZoneSchema).min(1),
    weapons: z.array(WeaponSchema).min(1),
    statuses: z.array(StatusInfoSchema).min(1),
    epochs: z.array(EpochSchema).min(1),
    events: z.array(EventSchema),
  })
  .superRefine((data, ctx) => {
    const problem = epochOrderProblem(data);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['epochs'] });
  });

/** Epochs must run from timelineStart to reviewedThrough, each starting the day after the last. */
export function epochOrderProblem(data: {
  timelineStart: string;
  reviewedThrough: string;
  epochs: { from: string; to: string }[];
}): string | null {
  const { epochs } = data;
  // zod still runs this refinement when a date inside failed its own check: leave those to it.
  if (!epochs.every((e) => isIsoDate(e.from) && isIsoDate(e.to))) return null;
  if (epochs[0]!.from !== data.timelineStart) return `the first epoch must start on ${data.timelineStart}`;
  for (let i = 1; i < epochs.length; i++) {
    if (epochs[i]!.from !== addDays(epochs[i - 1]!.to, 1))
      return `epoch ${i} does not start the day after epoch ${i - 1} ends (out of order or a gap)`;
  }
  if (epochs.at(-1)!.to !== data.reviewedThrough) return `the last epoch must end on ${data.reviewedThrough}`;
  return null;
}

export const VersionsIndexSchema = z.object({
  current: z.string().min(1),
  versions: z.array(
    z.object({
      version: z.string().min(1),
      reviewedThrough: isoDate('reviewedThrough'),
      json: z.string().min(1),
      csv: z.string().min(1),
      changes: z.array(z.string()).default([]),
      donors: z.record(z.string(), z.string().min(1)).optional(),
    }),
  ),
});

/** The first problem, in words a reader can pass on ("epochs.3.statuses.crimea.himars.status: …"). */
export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`.slice(0, 300);
}
