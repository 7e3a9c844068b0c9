import { describe, expect, it } from 'vitest';
import limits from '@/lib/limits.json';
import { cleanFileName, errorCodeOf, PastedTextSchema, UploadBatchSchema, UploadFileSchema } from './upload';

function codeFor(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? 'ok' : errorCodeOf(result.error as never);
}

describe('UploadFileSchema', () => {
  it('accepts a non-empty file within the size limit', () => {
    expect(codeFor(UploadFileSchema, new File(['Net sales rose'], 'r.txt'))).toBe('ok');
  });

  it('refuses an empty file as empty_file', () => {
    expect(codeFor(UploadFileSchema, new File([], 'empty.txt'))).toBe('empty_file');
  });

  it('refuses a file one byte over the limit as file_too_large', () => {
    const big = new File([new Uint8Array(limits.MAX_FILE_BYTES + 1)], 'big.txt');
    expect(codeFor(UploadFileSchema, big)).toBe('file_too_large');
  });

  it('refuses something that is not a file as no_input', () => {
    expect(codeFor(UploadFileSchema, 'just a string')).toBe('no_input');
  });
});

describe('UploadBatchSchema', () => {
  const file = new File(['x'], 'x.txt');

  it('accepts from one to the maximum number of files', () => {
    expect(codeFor(UploadBatchSchema, [file])).toBe('ok');
    expect(codeFor(UploadBatchSchema, Array(limits.MAX_FILES_PER_UPLOAD).fill(file))).toBe('ok');
  });

  it('refuses no files as no_input and one too many as too_many_files', () => {
    expect(codeFor(UploadBatchSchema, [])).toBe('no_input');
    expect(codeFor(UploadBatchSchema, Array(limits.MAX_FILES_PER_UPLOAD + 1).fill(file))).toBe('too_many_files');
  });
});

describe('PastedTextSchema', () => {
  it('refuses blank text as empty_text and a missing field as no_input', () => {
    expect(codeFor(PastedTextSchema, ' \n\t ')).toBe('empty_text');
    expect(codeFor(PastedTextSchema, null)).toBe('no_input');
  });

  it('accepts release text', () => {
    expect(codeFor(PastedTextSchema, 'Net income rose from $2,147,132 in 2003')).toBe('ok');
  });
});

describe('cleanFileName', () => {
  it('keeps only the last path segment', () => {
    expect(cleanFileName('C:\\Users\\ana\\q3 release.htm')).toBe('q3 release.htm');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
  });

  it('drops control characters and falls back to a name when nothing is left', () => {
    expect(cleanFileName('a\u0000b\nc.txt')).toBe('abc.txt');
    expect(cleanFileName('   ')).toBe('untitled.txt');
  });

  it('shortens very long names to 200 characters', () => {
    expect(cleanFileName('x'.repeat(500))).toHaveLength(200);
  });
});
