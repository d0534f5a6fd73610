// Zod schemas for data/donors/ (the donor comparison, issue #15): the registry (donors.yaml), the
// four non-US weapon classes (classes.yaml), the statuses as worded for any donor (statuses.yaml)
// and each donor's transitions (<id>/transitions.yaml). Events use the US EventSchema.

import { z } from 'zod';
import { DONOR_CLASS_IDS, DONOR_IDS, DONOR_STATUS_IDS } from '../domain/donors';
import { DELIVERY_PRECISIONS } from '../domain/types';
import { eventIds, isoDate, makeTransitionSchema, oneOf, text } from './schema';

export const DonorClassInfoSchema = z.strictObject({
  id: oneOf(DONOR_CLASS_IDS, 'class id'),
  name: text('name'),
  shortName: text('shortName'),
  description: text('description'),
  range: text('range'),
  systems: z.array(text('system')).default([]),
  /** firstDelivered.note of a donor that lists the class without a delivery date. */
  deliveryNote: text('deliveryNote'),
  /** Counts in the donor's all-weapons summary (air defence does not; see src/domain/summary.ts). */
  inSummary: z.boolean(),
});

const DeliverySchema = z.strictObject({
  date: isoDate('firstDelivered.date'),
  precision: oneOf(DELIVERY_PRECISIONS, 'precision'),
  basis: z.array(text('event id')).default([]),
  note: text('note'),
});

export const DonorClassUseSchema = z.strictObject({
  id: oneOf(DONOR_CLASS_IDS, 'class id'),
  /** Absent: supplied from the first day (the class's deliveryNote); null: never supplied. */
  firstDelivered: DeliverySchema.nullable().optional(),
  notSupplied: z.strictObject({ note: text('note'), basis: eventIds('basis', 1) }).optional(),
});

export const DonorSchema = z.strictObject({
  id: oneOf(DONOR_IDS, 'donor id'),
  name: text('name'),
  /** The code the events' `donor` field uses for this donor (UK for gb). */
  eventDonor: z.string().regex(/^[A-Z]{2,3}$/, { error: 'eventDonor must be a 2–3 letter code' }),
  /** Absent only for the US, whose dataset is data/permissions/. */
  classes: z.array(DonorClassUseSchema).min(1, { error: 'classes must name at least one class' }).optional(),
});

export const DonorsFileSchema = z.array(DonorSchema, { error: 'donors.yaml must be a list of donors' });
export const DonorClassesFileSchema = z.array(DonorClassInfoSchema, {
  error: 'classes.yaml must be a list of classes',
});
export const DonorStatusesFileSchema = z.array(
  z.strictObject({
    id: oneOf(DONOR_STATUS_IDS, 'status id'),
    label: text('label'),
    description: text('description'),
  }),
  { error: 'statuses.yaml must be a list of statuses' },
);

export const DonorTransitionSchema = makeTransitionSchema(DONOR_CLASS_IDS, DONOR_STATUS_IDS);
export const DonorTransitionsFileSchema = z.array(DonorTransitionSchema, {
  error: 'transitions.yaml must be a list of transitions',
});

export type DonorInput = z.infer<typeof DonorSchema>;
export type DonorClassInfoInput = z.infer<typeof DonorClassInfoSchema>;
export type DonorTransitionInput = z.infer<typeof DonorTransitionSchema>;
