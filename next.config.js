// @ts-check
const { MAX_FILE_BYTES } = require('./lib/limits.json');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // JSON and downloads never need to run or embed anything (pages get their policy from proxy.ts).
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'; sandbox" },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
        ],
      },
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
