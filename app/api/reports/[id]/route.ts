import { errorResponse, failureResponse, guarded } from '@/lib/http/responses';
import { editRight } from '@/lib/reports/edit-rights';
import { loadReport } from '@/lib/reports/load-report';
import { getStore } from '@/lib/storage';

/**
 * The stored report: metadata, the parser's result under `parsed`, and under `corrected` the facts
 * with the analyst's corrections applied (its offsets point into `parsed.text`, not repeated).
 */
export const GET = guarded(async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadReport((await params).id);
  if (!loaded) return errorResponse('not_found');
  const corrected = loaded.release && { ...loaded.release, text: undefined };
  return Response.json({ ...loaded.report, parsed: loaded.parsed, corrected });
});

/** Deletes the report: only with its edit key as a Bearer token (the page deletes through its own action); 204, else 403 or 404. */
export const DELETE = guarded(async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Not getReport, which would read the whole parsed result.
  if (!(await getStore().hasReport(id))) return errorResponse('not_found');
  const denied = await editRight(id, 'api');
  if (denied) return failureResponse(denied);
  await getStore().deleteReport(id);
  return new Response(null, { status: 204 });
});
