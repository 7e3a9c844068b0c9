import { errorResponse } from '@/lib/http/responses';
import { getStore } from '@/lib/storage';

/** The stored report (metadata and parsed facts) as JSON. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const report = await getStore().getReport((await params).id);
  return report ? Response.json(report) : errorResponse('not_found');
}
