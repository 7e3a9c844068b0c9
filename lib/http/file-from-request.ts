import type { ErrorCode } from '@/lib/errors';

export type FileResult = { ok: true; file: File } | { ok: false; code: ErrorCode };

const DEFAULT_NAME = 'upload.txt';

/**
 * The uploaded release in an API request: the `file` field of a multipart body, or the raw body
 * itself (named by `?name=` or an `X-File-Name` header).
 */
export async function fileFromRequest(request: Request, bytes: Uint8Array<ArrayBuffer>): Promise<FileResult> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    const name =
      new URL(request.url).searchParams.get('name') ?? request.headers.get('x-file-name') ?? DEFAULT_NAME;
    return { ok: true, file: new File([bytes], name) };
  }
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return { ok: false, code: 'bad_request' };
  }
  const files = form.getAll('file');
  if (files.length > 1) return { ok: false, code: 'one_file_per_request' };
  const file = files[0];
  return file instanceof File ? { ok: true, file } : { ok: false, code: 'no_input' };
}
