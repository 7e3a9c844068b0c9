import { download, errorResponse, guarded } from '@/lib/http/responses';
import { getStore } from '@/lib/storage';

/** The bytes exactly as uploaded, always as a download so uploaded HTML never renders here. */
export const GET = guarded(async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const original = await getStore().getOriginal((await params).id);
  if (!original) return errorResponse('not_found');
  return download(Buffer.from(original.bytes), original.fileName, 'application/octet-stream');
});
