import { z } from './zod';
import { CompanyKeySchema } from './company';
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
  /** The release's headline, as the library lists it under its company. */
  headline: z.string().nullable().default(null),
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

/**
 * The library's query: search words, order, filters (one company, one release year), grouping
 * (a row per company, its releases beneath; or a row per release) and page (1-based).
 */
export const LibraryQuerySchema = z.object({
  q: z.string().trim().max(200).default(''),
  sort: z.enum(LIBRARY_SORTS).default('uploaded'),
  company: CompanyKeySchema.optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  group: z.enum(['company', 'none']).default('none'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type LibraryQuery = z.infer<typeof LibraryQuerySchema>;

/** A company in the grouped library: who, how many releases match, the newest of them. */
export const LibraryGroupSchema = z.object({
  /** The company's key (its page); '' for releases that name no company. */
  key: z.string(),
  company: z.string().nullable(),
  ticker: z.string().nullable(),
  /** How many of its releases match the query. */
  total: z.number().int().nonnegative(),
  items: z.array(LibraryItemSchema),
});
export type LibraryGroup = z.infer<typeof LibraryGroupSchema>;

export const LibraryPageSchema = z.object({
  items: z.array(LibraryItemSchema),
  /** Grouped by company: the page's companies, each with its releases (items holds them all, in order); null otherwise. */
  groups: z.array(LibraryGroupSchema).nullable().default(null),
  /** Releases, or companies when grouped. */
  total: z.number().int().nonnegative(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** When no report holds the search's words: the company name like them whose reports are listed instead. */
  similarTo: z.string().nullable().default(null),
  /** The release years the library holds, newest first: the year filter's choices. */
  years: z.array(z.number().int()).default([]),
});
export type LibraryPage = z.infer<typeof LibraryPageSchema>;
