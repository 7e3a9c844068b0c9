import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

describe('decodeBytes', () => {
  it('decodes UTF-8, dropping a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Société — 5 €')]);
    expect(decodeBytes(bytes)).toBe('Société — 5 €');
  });

  it('falls back to windows-1252 for bytes that are not UTF-8 (curly quotes, no-break space, é)', () => {
    const bytes = new Uint8Array([0x93, 0x4e, 0x65, 0x74, 0x94, 0xa0, 0x24, 0x31, 0x20, 0xe9]);
    expect(decodeBytes(bytes)).toBe('\u201cNet\u201d\u00a0$1 \u00e9');
  });

  it('decodes UTF-16 little-endian text with a byte-order mark', () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]))).toBe('Hi');
  });

  it('decodes no bytes as the empty string', () => {
    expect(decodeBytes(new Uint8Array())).toBe('');
  });
});
