import * as z from 'zod';
import { CustomerShareSchema, EventSchema, EVENT_TYPES, MetricNameSchema, MetricSchema, PeriodSchema } from './release';

/** The facts an analyst can correct or dismiss. */
export const CorrectableKindSchema = z.enum(['metric', 'customer', 'event']);
export type CorrectableKind = z.infer<typeof CorrectableKindSchema>;

const Trail = {
  id: z.number().int(),
  /** The fact's key in the original parse (see lib/report/fact-keys.ts). */
  factKey: z.string().min(1).max(200),
  action: z.enum(['edit', 'dismiss']),
  reason: z.string().min(1).max(500),
  createdAt: z.iso.datetime(),
};

/** One entry of a report's audit trail: the fact before and after (null when dismissed). */
export const CorrectionSchema = z.discriminatedUnion('kind', [
  z.object({ ...Trail, kind: z.literal('metric'), before: MetricSchema, after: MetricSchema.nullable() }),
  z.object({ ...Trail, kind: z.literal('customer'), before: CustomerShareSchema, after: CustomerShareSchema.nullable() }),
  z.object({ ...Trail, kind: z.literal('event'), before: EventSchema, after: EventSchema.nullable() }),
]);
export type Correction = z.infer<typeof CorrectionSchema>;
export type NewCorrection = Omit<Correction, 'id' | 'createdAt'>;

/** What an edit may change, per kind of fact: its value, period or type. */
export const MetricPatchSchema = z.object({
  metric: MetricNameSchema,
  value: z.number(),
  period: PeriodSchema,
  gaap: z.boolean(),
  segment: z.string().trim().min(1).max(200).nullable(),
});
export const CustomerPatchSchema = z.object({
  customer: z.string().trim().min(1).max(200),
  share: z.number().min(0).max(100),
  period: PeriodSchema.nullable(),
});
export const EventPatchSchema = z.object({
  type: z.enum(EVENT_TYPES),
  date: EventSchema.shape.date,
  amount: z.number().nullable(),
});

const optionalText = z.string().trim().max(200).optional();

/** The correction form as posted: strings, checked and turned into a patch by lib/reports/correct-fact. */
export const CorrectionFormSchema = z.object({
  factKey: z.string().min(1, 'bad_request').max(200, 'bad_request'),
  kind: CorrectableKindSchema,
  action: z.enum(['edit', 'dismiss']),
  reason: z.string().trim().min(3, 'reason_required').max(500, 'reason_too_long'),
  metric: optionalText,
  value: optionalText,
  /** What a value without its own scale word is counted in: "1", "1000", "1000000", "1000000000". */
  scale: z.enum(['1', '1000', '1000000', '1000000000']).optional(),
  /** "gaap" or "non_gaap": the basis of a metric. */
  basis: z.enum(['gaap', 'non_gaap']).optional(),
  /** A segment's name; blank for the consolidated figure. */
  segment: z.string().trim().max(200).optional(),
  periodEnd: optionalText,
  periodMonths: optionalText,
  customer: optionalText,
  type: optionalText,
  date: optionalText,
  amount: optionalText,
});
export type CorrectionForm = z.infer<typeof CorrectionFormSchema>;
