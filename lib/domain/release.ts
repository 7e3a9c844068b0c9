import { z } from './zod';
import { METRIC_IDS } from './metrics';

/** The rule of a fact stored before facts named their rule (a correction's snapshot, say). */
export const UNKNOWN_RULE = 'unknown';

/** [start, end) offsets into ParsedRelease.text, in UTF-16 code units. */
export const SourceSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Source = z.infer<typeof SourceSchema>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A reporting period: its last day and its length (0 for a balance at a date). */
export const PeriodSchema = z.object({ end: IsoDate, months: z.number().int().min(0).max(24) });
export type Period = z.infer<typeof PeriodSchema>;

/** The metric ids, from the one metric definition table. */
export const METRIC_NAMES = METRIC_IDS;
export const MetricNameSchema = z.enum(METRIC_NAMES);
export type MetricName = z.infer<typeof MetricNameSchema>;

export const MetricSchema = z.object({
  metric: MetricNameSchema,
  period: PeriodSchema,
  /** In units: "in thousands" applied, parentheses negative. */
  value: z.number(),
  unit: z.enum(['USD', 'USD/share']),
  /** false for adjusted, non-GAAP and pro forma figures. */
  gaap: z.boolean(),
  /** A segment or product line the figure belongs to; null for the consolidated figure. */
  segment: z.string().nullable(),
  /** true when computed (e.g. prior = current - stated change) rather than stated. */
  derived: z.boolean(),
  /** Where the figure is written (the first of `sources`). */
  source: SourceSchema,
  /** Every place the release states this figure: prose and table. */
  sources: z.array(SourceSchema),
  /** The words that named it ("Net sales", "Pre-tax income"). */
  label: z.string(),
  /** The rule that read it, then each refiner that changed it: "metrics/table-row+metrics/merge". */
  rule: z.string().default(UNKNOWN_RULE),
});
export type Metric = z.infer<typeof MetricSchema>;

export const CheckSchema = z.object({
  metric: MetricNameSchema,
  period: PeriodSchema,
  kind: z.enum(['change', 'percent_change']),
  ok: z.boolean(),
  detail: z.string(),
  source: SourceSchema,
  /**
   * 'stated': the change and both figures stand in one sentence or one table row, so a failed
   * check is the release's own arithmetic. 'inferred': the parser paired them across the text,
   * so a failed check may be the parser's pairing, not the release's error.
   */
  pairing: z.enum(['stated', 'inferred']).default('stated'),
});
export type Check = z.infer<typeof CheckSchema>;

export const CustomerShareSchema = z.object({
  customer: z.string(),
  aliases: z.array(z.string()),
  share: z.number(),
  basis: z.string(),
  period: PeriodSchema.nullable(),
  source: SourceSchema,
  /** The rule that read it, then each refiner that changed it. */
  rule: z.string().default(UNKNOWN_RULE),
});
export type CustomerShare = z.infer<typeof CustomerShareSchema>;

export const EVENT_TYPES = [
  'contract_award', 'contract_end', 'order', 'partnership', 'impairment', 'charge', 'restructuring',
  'relocation', 'facility', 'debt_default', 'financing', 'acquisition', 'divestiture', 'filing',
  'restatement', 'legal', 'leadership', 'dividend', 'stock_split', 'buyback', 'listing', 'product', 'other',
] as const;

export const EventSchema = z.object({
  type: z.enum(EVENT_TYPES),
  date: z.string().regex(/^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$/).nullable(),
  summary: z.string(),
  amount: z.number().nullable(),
  source: SourceSchema,
  /** The rule that read it, then each refiner that changed it: "events/acquisition/acquire+events/retellings". */
  rule: z.string().default(UNKNOWN_RULE),
});
export type ReleaseEvent = z.infer<typeof EventSchema>;

const Located = z.object({ text: z.string(), source: SourceSchema });

export const ContactSchema = z.object({
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  source: SourceSchema,
});

export const ParsedReleaseSchema = z.object({
  parserVersion: z.string(),
  format: z.enum(['text', 'html', 'sgml']),
  company: z.object({
    name: z.string().nullable(),
    ticker: z.string().nullable(),
    exchange: z.string().nullable(),
    source: SourceSchema.nullable(),
  }),
  releaseDate: IsoDate.nullable(),
  releaseDateSource: SourceSchema.nullable(),
  dateline: Located.extend({ city: z.string().nullable() }).nullable(),
  headline: Located.nullable(),
  contacts: z.array(ContactSchema),
  /** The periods the release reports on, the main one first. */
  periods: z.array(PeriodSchema),
  /** When the fiscal year ends, as the release's stated years or quarters place it; null when it does not say. */
  fiscalYearEnd: z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }).nullable().default(null),
  metrics: z.array(MetricSchema),
  checks: z.array(CheckSchema),
  customers: z.array(CustomerShareSchema),
  events: z.array(EventSchema),
  warnings: z.array(z.string()),
  text: z.string(),
});
export type ParsedRelease = z.infer<typeof ParsedReleaseSchema>;
