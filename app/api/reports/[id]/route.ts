import { errorResponse } from '@/lib/http/responses';
import { loadReport } from '@/lib/reports/load-report';

/** The stored report: metadata, the parser's result under `parsed`, the analyst's corrections applied under `corrected`. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadReport((await params).id);
  return loaded ? Response.json({ ...loaded.report, parsed: loaded.parsed, corrected: loaded.release }) : errorResponse('not_found');
}
