import { LibraryQuerySchema } from '@/lib/domain/listing';
import { env } from '@/lib/env';
import { fileFromRequest } from '@/lib/http/file-from-request';
import { readLimitedBody } from '@/lib/http/read-limited-body';
import { errorResponse, failureResponse, guarded, publicUrl } from '@/lib/http/responses';
import limits from '@/lib/limits.json';
import { editPath, libraryScope } from '@/lib/reports/edit-rights';
import { ingestRelease } from '@/lib/reports/ingest-release';
import { spend } from '@/lib/reports/rate-limits';
import { getStore } from '@/lib/storage';

// Room for multipart boundaries and headers around a file at the size limit.
const MULTIPART_SLACK = 64 * 1024;

/**
 * Stores a release as a new report: 201 `{id, url, editKey, editUrl, copyOf}`, copyOf naming the
 * first report of the same bytes when they were uploaded before (null otherwise).
 */
export const POST = guarded(async function POST(request: Request) {
  const body = await readLimitedBody(request, limits.MAX_FILE_BYTES + MULTIPART_SLACK);
  if (!body.ok) return errorResponse('file_too_large');
  const upload = await fileFromRequest(request, body.bytes);
  if (!upload.ok) return errorResponse(upload.code);
  const outcome = await ingestRelease(upload.file);
  if (!outcome.ok) return failureResponse(outcome);
  const url = publicUrl(request, outcome.url, env().TRUST_PROXY);
  // Only the uploader learns the edit key: send it as `Authorization: Bearer <editKey>` to correct or delete.
  const editUrl = publicUrl(request, editPath(outcome.id, outcome.editKey), env().TRUST_PROXY);
  return Response.json({ id: outcome.id, url, editKey: outcome.editKey, editUrl, copyOf: outcome.copyOf }, { status: 201 });
});

/** The library (with LIBRARY=private, this browser's reports only): `?q=` searches company, ticker and text; `sort=uploaded|release_date`; `page=`, `pageSize=`. */
export const GET = guarded(async function GET(request: Request) {
  const query = LibraryQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return errorResponse('bad_request');
  // Listing is cheap; searching reads the index: a client may search only so often.
  const refused = query.data.q.trim() !== '' ? await spend('searches') : null;
  if (refused) return errorResponse(refused.code, refused.retryAfter);
  return Response.json(await getStore().listReports(query.data, await libraryScope()));
});
