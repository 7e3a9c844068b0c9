import { errorResponse } from '@/lib/http/responses';
import { grantThisBrowser, isEditKey } from '@/lib/reports/edit-rights';

type Context = { params: Promise<{ id: string }> };

/** The secret edit link: gives this browser edit rights on the report, then opens it. */
export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  const key = new URL(request.url).searchParams.get('key') ?? '';
  if (!(await isEditKey(id, key))) return errorResponse('forbidden');
  await grantThisBrowser(id);
  return new Response(null, { status: 303, headers: { Location: `/reports/${id}` } });
}
