import { ReportIdsSchema } from '@/lib/domain/upload';
import { readJsonBody } from '@/lib/http/read-limited-body';
import { errorResponse, guarded } from '@/lib/http/responses';
import limits from '@/lib/limits.json';
import { readingStates } from '@/lib/reports/reading-states';

// A batch's ids, quoted and parted by commas, and room for the braces.
const MAX_BODY = limits.MAX_FILES_PER_BATCH * 32 + 64;

/**
 * Where the reading of each report of a batch stands: `{"ids": [...]}` in, `{"states": [{id, url,
 * state: "waiting" | "read" | "unread", company}]}` out; ids not stored are left out. A POST, as a
 * batch's ids are more than a URL holds.
 */
export const POST = guarded(async function POST(request: Request) {
  const body = await readJsonBody(request, MAX_BODY);
  const ids = body.ok ? ReportIdsSchema.safeParse(body.value) : null;
  if (!ids?.success) return errorResponse('bad_request');
  return Response.json({ states: await readingStates(ids.data.ids) });
});
