import { ERRORS } from '@/lib/errors';
import { guarded } from '@/lib/http/responses';
import { checkEditKey, grantThisBrowser } from '@/lib/reports/edit-rights';

type Context = { params: Promise<{ id: string }> };

/** A sentence for the person who followed the link, not JSON. */
function said(text: string, status: number, retryAfter?: number): Response {
  const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8' };
  if (retryAfter !== undefined) headers['Retry-After'] = String(retryAfter);
  return new Response(text, { status, headers });
}

/** The secret edit link: gives this browser edit rights on the report, then opens it. */
export const GET = guarded(async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  const key = new URL(request.url).searchParams.get('key') ?? '';
  const checked = await checkEditKey(id, key);
  if (checked === 'invalid') return said(`This edit link is not valid. ${ERRORS.forbidden.message}`, 403);
  if (checked !== 'valid') return said(checked.message, ERRORS[checked.code].status, checked.retryAfter);
  await grantThisBrowser(id);
  return new Response(null, { status: 303, headers: { Location: `/reports/${id}` } });
});
