// The schema of a published donor file other than the US (public/data/donors/<id>.json, issue
// #15): permissions.json's shape with the donor's classes, the donor statuses (no-statement
// included) and `donor`. Loose above the record level, as DatasetSchema, so an older page still
// reads a file a newer build extended. The US file is checked with DatasetSchema itself.

import './zodConfig';
import { z } from 'zod';
import { DONOR_CLASS_IDS, DONOR_IDS, DONOR_STATUS_IDS } from '../domain/donors';
import { ZONE_IDS } from '../domain/ids';
import { epochOrderProblem } from './datasetSchema';
import { EventSchema, isoDate, ReadingSchema, ZoneSchema } from './schema';

const CellSchema = z.object({
  status: z.enum(DONOR_STATUS_IDS),
  condition: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
  basis: z.array(z.string().min(1)),
  since: isoDate('since'),
  readings: z.array(ReadingSchema).optional(),
});

const byClass = z.object(Object.fromEntries(DONOR_CLASS_IDS.map((c) => [c, CellSchema.optional()])));
const byZone = z.object(Object.fromEntries(ZONE_IDS.map((zone) => [zone, byClass])));

const ClassSchema = z.object({
  id: z.enum(DONOR_CLASS_IDS),
  name: z.string().min(1),
  shortName: z.string().min(1),
  inSummary: z.boolean(),
});

export const DonorRefSchema = z.object({ id: z.enum(DONOR_IDS), name: z.string().min(1) });

/** Donor events may name US weapon ids (the US decisions a cell rests on), as the US events do. */
export const DonorDatasetSchema = z
  .object({
    donor: DonorRefSchema,
    version: z.string().min(1),
    reviewedThrough: isoDate('reviewedThrough'),
    timelineStart: isoDate('timelineStart'),
    zones: z.array(ZoneSchema).min(1),
    weapons: z.array(ClassSchema).min(1),
    statuses: z.array(z.object({ id: z.enum(DONOR_STATUS_IDS), label: z.string(), description: z.string() })),
    epochs: z.array(z.object({ from: isoDate('from'), to: isoDate('to'), statuses: byZone })).min(1),
    events: z.array(EventSchema),
  })
  .superRefine((data, ctx) => {
    const problem = epochOrderProblem(data);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['epochs'] });
  });
