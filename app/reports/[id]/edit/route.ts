import { ERRORS } from '@/lib/errors';
import { grantThisBrowser, isEditKey } from '@/lib/reports/edit-rights';

type Context = { params: Promise<{ id: string }> };

/** The secret edit link: gives this browser edit rights on the report, then opens it. */
export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  const key = new URL(request.url).searchParams.get('key') ?? '';
  // A person follows this link: a wrong key gets a sentence, not JSON.
  if (!(await isEditKey(id, key))) {
    return new Response(`This edit link is not valid. ${ERRORS.forbidden.message}`, {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  await grantThisBrowser(id);
  return new Response(null, { status: 303, headers: { Location: `/reports/${id}` } });
}
