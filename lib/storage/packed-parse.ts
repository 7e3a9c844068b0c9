import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * A parse as the store keeps it: its JSON, gzipped. It is packed where the parse is made (the
 * parser's thread), so a large release's JSON is never serialized, copied or written whole on the
 * request thread; release text and its facts' JSON shrink several times over, too.
 */
export type PackedParse = { gzip: Uint8Array };

export function packParse(parsed: unknown): PackedParse {
  return { gzip: gzipSync(JSON.stringify(parsed)) };
}

export function unpackParse(gzip: Uint8Array): unknown {
  return JSON.parse(gunzipSync(gzip).toString('utf8'));
}
