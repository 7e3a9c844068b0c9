import { z } from './zod';

/** What the byte sniffer recognised an upload as. */
export const ReleaseFormatSchema = z.enum(['text', 'html', 'sgml']);
export type ReleaseFormat = z.infer<typeof ReleaseFormatSchema>;

export const ParseFailureSchema = z.enum(['failed', 'timed_out']);
export type ParseFailure = z.infer<typeof ParseFailureSchema>;

/** A stored report without its (possibly large) original bytes. */
export const ReportSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  format: ReleaseFormatSchema,
  parserVersion: z.string().nullable(),
  parsed: z.unknown().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The first report of the same bytes, when this upload is a later copy of them. */
  copyOf: z.string().nullable(),
  /** Why `parsed` is null: the parser failed, or did not finish within its time budget. */
  parseFailure: ParseFailureSchema.nullable(),
});
export type Report = z.infer<typeof ReportSchema>;

/** One upload of a file whose bytes other reports share: each upload is a report of its own. */
export type ReportCopy = Pick<Report, 'id' | 'fileName' | 'createdAt'>;
