// @ts-check
const { MAX_FILE_BYTES } = require('./lib/limits.json');

/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: {
    serverActions: {
      // The browser sends one file per action call; leave room for multipart framing so a
      // file at exactly the limit still reaches our own validation and its clear message.
      bodySizeLimit: MAX_FILE_BYTES + 64 * 1024,
    },
  },
};

module.exports = nextConfig;
