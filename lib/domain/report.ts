import * as z from 'zod';

/** What the byte sniffer recognised an upload as. */
export const ReleaseFormatSchema = z.enum(['text', 'html', 'sgml']);
export type ReleaseFormat = z.infer<typeof ReleaseFormatSchema>;

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
});
export type Report = z.infer<typeof ReportSchema>;
