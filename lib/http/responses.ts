import { ERRORS, type ErrorCode } from '@/lib/errors';
import { unlessStorageFails } from '@/lib/storage/faults';

/** The JSON body and status every API failure uses: `{ error: { code, message } }`. */
export function errorResponse(code: ErrorCode): Response {
  const { status, message } = ERRORS[code];
  return Response.json({ error: { code, message } }, { status });
}

/** The origin the client used (Next rewrites request.url's host), honouring a reverse proxy. */
export function publicUrl(request: Request, pathname: string): string {
  const fallback = new URL(request.url);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? fallback.host;
  const proto = request.headers.get('x-forwarded-proto') ?? fallback.protocol.replace(':', '');
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

/**
 * A route handler whose storage faults (a locked, full or damaged database) answer 503
 * `storage_unavailable` with Retry-After, at once, instead of an empty 500.
 */
export function guarded<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return (...args) =>
    unlessStorageFails(
      () => handler(...args),
      () => {
        const response = errorResponse('storage_unavailable');
        response.headers.set('Retry-After', '30');
        return response;
      },
    );
}
