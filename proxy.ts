import { NextResponse, type NextRequest } from 'next/server';

/**
 * A fresh nonce per page and a Content-Security-Policy that runs only scripts carrying it (and what
 * they load): markup from an uploaded release can never run here, even if some bug rendered it.
 * Styles may be inline (charts set style attributes); objects, frames, forms elsewhere and <base> are off.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const dev = process.env.NODE_ENV === 'development';
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

// Every path but those next.config.js's STATIC_PATHS give an inert policy: "/apix", a page that
// is not there, and pages asked for as prefetches (whole pages, whose scripts need the nonce) too.
export const config = {
  matcher: ['/((?!api/|api$|_next/static/|_next/image|icon\\.svg$|samples/).*)'],
};
