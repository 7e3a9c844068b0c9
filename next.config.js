// @ts-check
const { MAX_FILE_BYTES } = require('./lib/limits.json');

// Paths that serve no page; proxy.ts's matcher leaves out the same ones (Next reads a matcher only
// as a literal, so the list is written twice: keep them together).
const STATIC_PATHS = ['/api/:path*', '/_next/static/:path*', '/_next/image', '/icon.svg', '/samples/:path*'];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  async headers() {
    // What serves no page never needs to run or embed anything: JSON, downloads, static files.
    // Pages get a policy with a fresh nonce from proxy.ts, which sees every other path.
    const inert = [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'; sandbox" }];
    return [
      // Share and edit links are capabilities: their URLs never go to another site in a Referer.
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
      ...STATIC_PATHS.map((source) => ({ source, headers: inert })),
    ];
  },
  experimental: {
    // proxy.ts sees every request, and Next buffers only this much of a body for it (10 MB by
    // default): a file at exactly the limit reached the action cut short and failed with a 500.
    proxyClientMaxBodySize: MAX_FILE_BYTES + 64 * 1024,
    serverActions: {
      // The browser sends one file per action call; leave room for multipart framing so a
      // file at exactly the limit still reaches our own validation and its clear message.
      bodySizeLimit: MAX_FILE_BYTES + 64 * 1024,
    },
  },
};

module.exports = nextConfig;
