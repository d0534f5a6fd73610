// The schema of a donor's published file (public/data/donors/<id>.json for a donor other than the
// US): permissions.json's shape (datasetSchema.ts) with the donor's own classes, the status
// `no-statement` and `donor: {id, name}`. The app refuses a file the engine could not show.

import './zodConfig';
import { z } from 'zod';
import { DONOR_CLASS_IDS, NAMED_REGION_IDS, SHOWN_STATUS_IDS, ZONE_IDS } from '../domain/ids';
import { DONOR_IDS } from '../domain/donors';
import { epochOrderProblem } from './datasetSchema';
import { EventSchema, isoDate, ReadingSchema, ZoneSchema } from './schema';

const CellSchema = z.object({
  status: z.enum(SHOWN_STATUS_IDS),
  condition: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
  basis: z.array(z.string().min(1)),
  since: isoDate('since'),
  readings: z.array(ReadingSchema).optional(),
  regions: z.array(z.enum(NAMED_REGION_IDS)).optional(),
});

const byClass = z.partialRecord(z.enum(DONOR_CLASS_IDS), CellSchema);
const byZone = z.object(Object.fromEntries(ZONE_IDS.map((zone) => [zone, byClass])));

const EpochSchema = z
  .object({ from: isoDate('from'), to: isoDate('to'), statuses: byZone })
  .refine((e) => e.from <= e.to, { error: 'an epoch ends before it starts' });

const ClassSchema = z.looseObject({
  id: z.enum(DONOR_CLASS_IDS),
  name: z.string().min(1),
  shortName: z.string().min(1),
  inSummary: z.boolean(),
});

export const DonorDatasetSchema = z
  .object({
    donor: z.object({ id: z.enum(DONOR_IDS), name: z.string().min(1) }),
    version: z.string().min(1),
    reviewedThrough: isoDate('reviewedThrough'),
    timelineStart: isoDate('timelineStart'),
    zones: z.array(ZoneSchema).min(1),
    weapons: z.array(ClassSchema).min(1),
    statuses: z.array(z.looseObject({ id: z.enum(SHOWN_STATUS_IDS), label: z.string().min(1) })).min(1),
    epochs: z.array(EpochSchema).min(1),
    events: z.array(EventSchema),
  })
  .superRefine((data, ctx) => {
    const problem = epochOrderProblem(data) ?? missingCellProblem(data);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['epochs'] });
  });

/** Every zone of every epoch has a cell for each class the file lists (the engine reads them all). */
function missingCellProblem(data: {
  weapons: { id: string }[];
  epochs: { from: string; statuses: Record<string, Record<string, unknown>> }[];
}): string | null {
  for (const epoch of data.epochs)
    for (const zone of ZONE_IDS)
      for (const { id } of data.weapons)
        if (!epoch.statuses[zone]?.[id]) return `the epoch from ${epoch.from} has no ${zone} × ${id} cell`;
  return null;
}
