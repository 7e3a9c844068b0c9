import { z } from './zod';
import { CustomerShareSchema, EventSchema, EVENT_TYPES, MetricNameSchema, MetricSchema, PeriodSchema } from './release';

/** The facts an analyst can correct or dismiss. */
export const CorrectableKindSchema = z.enum(['metric', 'customer', 'event']);
export type CorrectableKind = z.infer<typeof CorrectableKindSchema>;

/**
 * What an analyst did to a fact: changed its values, dismissed it, added one the parser missed,
 * pointed it at other words of the release, or reverted an earlier correction.
 */
export const CorrectionActionSchema = z.enum(['edit', 'dismiss', 'add', 'repoint', 'revert']);
export type CorrectionAction = z.infer<typeof CorrectionActionSchema>;

const Trail = {
  id: z.number().int(),
  /** The fact's key: in the original parse (lib/report/corrected-release.ts), or "added:…" for an added fact. */
  factKey: z.string().min(1).max(200),
  action: CorrectionActionSchema,
  /** For a revert: the correction it undoes. */
  reverts: z.number().int().nullable().optional(),
  reason: z.string().min(1).max(500),
  createdAt: z.iso.datetime(),
};

/** One entry of a report's audit trail: the fact before (null when added) and after (null when dismissed). */
export const CorrectionSchema = z.discriminatedUnion('kind', [
  z.object({ ...Trail, kind: z.literal('metric'), before: MetricSchema.nullable(), after: MetricSchema.nullable() }),
  z.object({ ...Trail, kind: z.literal('customer'), before: CustomerShareSchema.nullable(), after: CustomerShareSchema.nullable() }),
  z.object({ ...Trail, kind: z.literal('event'), before: EventSchema.nullable(), after: EventSchema.nullable() }),
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
  /** The fact corrected; blank when adding one. */
  factKey: z.string().max(200, 'bad_request').default(''),
  kind: CorrectableKindSchema,
  action: CorrectionActionSchema,
  /** The words an added or re-pointed fact comes from: offsets into the release text. */
  sourceStart: z.coerce.number('bad_request').int('bad_request').nonnegative('bad_request').optional(),
  sourceEnd: z.coerce.number('bad_request').int('bad_request').nonnegative('bad_request').optional(),
  /** For a revert: the id of the correction undone. */
  reverts: z.coerce.number('bad_request').int('bad_request').positive('bad_request').optional(),
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
  /** What a customer's share is a share of: "net sales", "revenue". */
  shareOf: optionalText,
  type: optionalText,
  date: optionalText,
  amount: optionalText,
});
export type CorrectionForm = z.infer<typeof CorrectionFormSchema>;
