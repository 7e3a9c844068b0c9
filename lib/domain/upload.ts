import { z } from './zod';
import limits from '@/lib/limits.json';
import { ERRORS, type ErrorCode } from '@/lib/errors';

// Issue messages are ErrorCodes so a failed parse maps straight onto the one message table.
export const UploadFileSchema = z
  .instanceof(File, { error: 'no_input' })
  .refine((file) => file.size > 0, { error: 'empty_file' })
  .refine((file) => file.size <= limits.MAX_FILE_BYTES, { error: 'file_too_large', abort: true });

export const UploadBatchSchema = z
  .array(z.instanceof(File))
  .min(1, { error: 'no_input' })
  .max(limits.MAX_FILES_PER_UPLOAD, { error: 'too_many_files' });

/** The reports of a batch whose reading the page follows. */
export const ReportIdsSchema = z.object({
  ids: z.array(z.string().regex(/^[A-Za-z0-9_-]{22}$/)).min(1).max(limits.MAX_FILES_PER_BATCH),
});

export const PastedTextSchema = z
  .string({ error: 'no_input' })
  .refine((text) => text.trim() !== '', { error: 'empty_text' })
  .refine((text) => new TextEncoder().encode(text).byteLength <= limits.MAX_FILE_BYTES, {
    error: 'file_too_large',
  });

/** The ErrorCode a schema above reported (its first issue). */
export function errorCodeOf(error: z.ZodError): ErrorCode {
  const message = error.issues[0]?.message ?? '';
  return message in ERRORS ? (message as ErrorCode) : 'bad_request';
}

const MAX_NAME_LENGTH = 200;

/** A display name for an upload: no folders, no control characters, never empty. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const printable = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return printable.slice(0, MAX_NAME_LENGTH) || 'untitled.txt';
}
