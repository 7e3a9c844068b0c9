import { errorResponse } from '@/lib/http/responses';
import { loadReport } from '@/lib/reports/load-report';

/** The stored report (metadata and parsed facts, the contract's JSON under `parsed`). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadReport((await params).id);
  return loaded ? Response.json({ ...loaded.report, parsed: loaded.parsed }) : errorResponse('not_found');
}
