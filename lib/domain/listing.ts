import * as z from 'zod';
import { MetricNameSchema, PeriodSchema } from './release';
import { ReleaseFormatSchema } from './report';

/** A headline figure for the library: the figure, the year-before figure and the change. */
export const HeadlineFigureSchema = z.object({
  metric: MetricNameSchema,
  period: PeriodSchema,
  value: z.number(),
  unit: z.enum(['USD', 'USD/share']),
  /** The release's own words for it ("Net sales"). */
  label: z.string(),
  prior: z.number().nullable(),
  percentChange: z.number().nullable(),
});
export type HeadlineFigure = z.infer<typeof HeadlineFigureSchema>;

/** What the library shows of a report and searches it by, kept in step with its (corrected) facts. */
export const ListingSchema = z.object({
  company: z.string().nullable(),
  ticker: z.string().nullable(),
  releaseDate: z.string().nullable(),
  period: PeriodSchema.nullable(),
  /** The month the company's fiscal year ends in (lib/domain/fiscal-year.ts), to name its periods; null when unknown. */
  yearEnd: z.number().int().min(1).max(12).nullable().default(null),
  figures: z.array(HeadlineFigureSchema),
});
export type Listing = z.infer<typeof ListingSchema>;

/** One row of the library. */
export const LibraryItemSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  size: z.number().int().nonnegative(),
  format: ReleaseFormatSchema,
  createdAt: z.iso.datetime(),
  listing: ListingSchema.nullable(),
  /** Words of the text around a search's match, the matched words between \u0002 and \u0003. */
  snippet: z.string().nullable().default(null),
  /** How many later uploads of the same file there are, each its own report. */
  copies: z.number().int().nonnegative().default(0),
});
export type LibraryItem = z.infer<typeof LibraryItemSchema>;

export const LIBRARY_SORTS = ['uploaded', 'release_date'] as const;

/** The library's query: search words, order and page (1-based). */
export const LibraryQuerySchema = z.object({
  q: z.string().trim().max(200).default(''),
  sort: z.enum(LIBRARY_SORTS).default('uploaded'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type LibraryQuery = z.infer<typeof LibraryQuerySchema>;

export const LibraryPageSchema = z.object({
  items: z.array(LibraryItemSchema),
  total: z.number().int().nonnegative(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** When no report holds the search's words: the company name like them whose reports are listed instead. */
  similarTo: z.string().nullable().default(null),
});
export type LibraryPage = z.infer<typeof LibraryPageSchema>;
