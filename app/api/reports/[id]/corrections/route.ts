import { CorrectionFormSchema } from '@/lib/domain/correction';
import { errorCodeOf } from '@/lib/domain/upload';
import { readJsonBody } from '@/lib/http/read-limited-body';
import { errorResponse, failureResponse, guarded } from '@/lib/http/responses';
import { correctFact } from '@/lib/reports/correct-fact';
import { loadReport } from '@/lib/reports/load-report';

type Context = { params: Promise<{ id: string }> };

// A correction is a few short fields.
const MAX_BODY = 16 * 1024;

/** The report's audit trail, oldest first. */
export const GET = guarded(async function GET(_request: Request, { params }: Context) {
  const loaded = await loadReport((await params).id);
  if (!loaded) return errorResponse('not_found');
  return Response.json({ corrections: loaded.release?.corrections ?? [], unmatched: loaded.unmatched });
});

/** Corrects one fact (the correction form's fields as JSON); needs the edit key as a Bearer token, never the browser's cookie. */
export const POST = guarded(async function POST(request: Request, { params }: Context) {
  const { id } = await params;
  // JSON only: a form on another site can post text/plain or form data, never application/json, without the browser asking first.
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) return errorResponse('json_required');
  const body = await readJsonBody(request, MAX_BODY);
  if (!body.ok) return errorResponse('bad_request');
  const form = CorrectionFormSchema.safeParse(body.value);
  if (!form.success) return errorResponse(errorCodeOf(form.error));
  const result = await correctFact(id, form.data, 'api');
  if (!result.ok) return failureResponse(result);
  return Response.json({ correction: result.correction }, { status: 201 });
});
