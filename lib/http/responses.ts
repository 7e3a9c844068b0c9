import { ERRORS, type ErrorCode, type Failure } from '@/lib/errors';
import { unlessStorageFails } from '@/lib/storage/faults';

/** The JSON body and status every API failure uses: `{ error: { code, message } }`, with Retry-After when waiting helps. */
export function errorResponse(code: ErrorCode, retryAfter?: number): Response {
  const { status, message } = ERRORS[code];
  return Response.json({ error: { code, message } }, { status, headers: retryAfter === undefined ? undefined : { 'Retry-After': String(retryAfter) } });
}

/** A failure a lib function returned, as its API response. */
export function failureResponse(failed: Failure): Response {
  return errorResponse(failed.code, failed.retryAfter);
}

/**
 * The origin the client used (Next rewrites request.url's host). A reverse proxy's X-Forwarded
 * headers count only when `trustProxy` (TRUST_PROXY): anyone can send them, and an edit link built
 * from them would point at their host.
 */
export function publicUrl(request: Request, pathname: string, trustProxy: boolean): string {
  const fallback = new URL(request.url);
  const forwarded = (name: string) => (trustProxy ? request.headers.get(name) : null);
  const host = forwarded('x-forwarded-host') ?? request.headers.get('host') ?? fallback.host;
  // Next itself takes request.url's scheme from X-Forwarded-Proto; without a trusted proxy in front,
  // `next start` serves plain http.
  const proto = forwarded('x-forwarded-proto') ?? (trustProxy ? fallback.protocol.replace(':', '') : 'http');
  return new URL(pathname, `${proto}://${host}`).href;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A download of `body` named `fileName` (any characters: RFC 5987 encoding), never sniffed into a page. */
export function download(body: BodyInit, fileName: string, contentType: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

// How long a client is asked to wait after a storage fault (a lock held elsewhere, a full disk).
const STORAGE_RETRY_SECONDS = 30;

/**
 * A route handler whose storage faults (a locked, full or damaged database) answer 503
 * `storage_unavailable` with Retry-After, at once, instead of an empty 500.
 */
export function guarded<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return (...args) =>
    unlessStorageFails(
      () => handler(...args),
      () => errorResponse('storage_unavailable', STORAGE_RETRY_SECONDS),
    );
}
