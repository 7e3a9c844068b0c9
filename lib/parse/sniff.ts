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

function startsWithUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
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

/** Tells text, HTML and EDGAR SGML apart from the bytes themselves, never from a file name. */
export function sniffRelease(bytes: Uint8Array): SniffResult {
  if (hasMagic(bytes)) return { ok: false, reason: 'binary' };
  if (!startsWithUtf16Bom(bytes) && looksBinary(bytes.subarray(0, SAMPLE_BYTES))) {
    return { ok: false, reason: 'binary' };
  }
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
