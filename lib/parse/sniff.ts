import type { ReleaseFormat } from '@/lib/domain/report';
import { decodeBytes } from './decode';

export type SniffResult =
  | { ok: true; format: ReleaseFormat }
  | { ok: false; reason: 'empty' | 'binary' };

const SAMPLE_BYTES = 8192;

// File signatures of formats people drop by mistake; checked before any heuristics.
const MAGIC: readonly number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, XLSX
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xff, 0xd8, 0xff], // JPEG
  [0x1f, 0x8b], // gzip
  [0xd0, 0xcf, 0x11, 0xe0], // legacy Office (DOC, XLS)
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

const SGML_MARKERS = /<sec-document>|<sec-header>|<document>|^<type>/im;
const HTML_TAG =
  /<(?:!doctype\s+html|html|head|body|title|p|div|span|table|tr|td|pre|br|center|font|h[1-6])[\s>/]/i;

function hasMagic(bytes: Uint8Array): boolean {
  return MAGIC.some((sig) => sig.every((b, i) => bytes[i] === b));
}

function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Where binary data is looked for: the start, the middle and the end. Text with an executable or
 * an archive appended, or pasted into its middle, is refused, without reading a whole upload.
 * `unit` keeps UTF-16 samples on whole code units.
 */
function samples(bytes: Uint8Array, from: number, unit: 1 | 2): Uint8Array[] {
  const length = bytes.length - from;
  if (length <= 3 * SAMPLE_BYTES) return [bytes.subarray(from)];
  const align = (at: number) => from + Math.floor((at - from) / unit) * unit;
  const middle = align(from + Math.floor(length / 2) - SAMPLE_BYTES / 2);
  const end = align(bytes.length - SAMPLE_BYTES);
  return [bytes.subarray(from, from + SAMPLE_BYTES), bytes.subarray(middle, middle + SAMPLE_BYTES), bytes.subarray(end)];
}

// Old web pages carry the odd stray NUL (corpus 051.htm has three in its first 8 KB); binary data
// and BOM-less UTF-16 have them every few bytes.
const STRAY_NULS = 8;

/** Text has (almost) no NUL bytes and few other control characters (tab, LF, FF, CR are fine). */
function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  let nul = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return nul > Math.min(STRAY_NULS, sample.length / 100) || control > sample.length / 100;
}

// What bytes that are no UTF-16 text decode to: controls, unpaired surrogates (U+FFFD), private-use
// characters and noncharacters. Random or compiled bytes give several in a hundred; text none.
const NOT_TEXT_UNITS = /[\u0000-\u0008\u000b\u000e-\u001f\u0080-\u009f\ue000-\uf8ff\ufffd-\uffff]/g;

/** The same test for UTF-16, on the characters the sample decodes to. */
function looksBinaryUtf16(sample: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): boolean {
  const text = new TextDecoder(encoding).decode(sample);
  return (text.match(NOT_TEXT_UNITS)?.length ?? 0) > text.length / 100;
}

function isBinary(bytes: Uint8Array): boolean {
  if (hasMagic(bytes)) return true;
  const encoding = utf16Bom(bytes);
  if (encoding) return samples(bytes, 2, 2).some((s) => looksBinaryUtf16(s, encoding));
  return samples(bytes, 0, 1).some(looksBinary);
}

/** Tells text, HTML and EDGAR SGML apart from the bytes themselves, never from a file name. */
export function sniffRelease(bytes: Uint8Array): SniffResult {
  if (isBinary(bytes)) return { ok: false, reason: 'binary' };
  const head = decodeBytes(bytes.subarray(0, SAMPLE_BYTES));
  if (head.trim() === '' && decodeBytes(bytes).trim() === '') return { ok: false, reason: 'empty' };
  return { ok: true, format: detectFormat(head) };
}

/** Text, HTML or EDGAR SGML, judged from the start of a decoded document. */
export function detectFormat(text: string): ReleaseFormat {
  const head = text.slice(0, SAMPLE_BYTES);
  if (SGML_MARKERS.test(head)) return 'sgml';
  if (HTML_TAG.test(head)) return 'html';
  return 'text';
}
