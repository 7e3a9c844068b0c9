import type { ReleaseFormat } from '@/lib/domain/report';
import { decodeBytes } from '../decode';
import { detectFormat } from '../sniff';
import { pickReleaseDocument, readSubmission } from './edgar';
import { htmlToText, type GridRow } from './html-to-text';
import { looksLikeMarkdown, markdownToText } from './markdown';
import { readPlainText } from './plain-text';

export type { GridRow } from './html-to-text';

/** A release reduced to the one text every fact points into, with what the container told us. */
export type Ingested = {
  text: string;
  format: ReleaseFormat;
  /** The HTML <title>, when there was one. */
  title: string | null;
  /** Table rows of HTML documents with their grid positions, in text order. */
  grid: GridRow[];
  /** What an EDGAR submission's header says, when the input was one. */
  edgar: { companyName: string | null; filedAsOf: string | null; documentType: string | null } | null;
};

const LOOKS_LIKE_HTML = /<(?:html|body|p|div|table|br|font|pre)[\s>/]/i;

function renderBody(body: string): Pick<Ingested, 'text' | 'title' | 'grid'> {
  if (looksLikeMarkdown(body)) return { ...markdownToText(body), title: null };
  if (LOOKS_LIKE_HTML.test(body.slice(0, 20000))) return htmlToText(body);
  return { ...readPlainText(body), title: null };
}

// A page saved with its HTTP response: "Date: …", "Server: …", "Content-Type: …" lines, then a blank line.
const HTTP_HEADERS = /^\s*(?:HTTP\/\d[^\n]*\n)?(?:[A-Za-z][A-Za-z-]*:[^\n]*\n)*?(?:Server|Content-Type|Content-Length|Last-Modified):[^\n]*\n(?:[A-Za-z][A-Za-z-]*:[^\n]*\n)*\s*\n/i;

/** The document without the HTTP response headers a saved page may begin with: they are not the release's. */
function withoutHttpHeaders(raw: string): string {
  const m = HTTP_HEADERS.exec(raw.slice(0, 4000));
  return m ? raw.slice(m[0].length) : raw;
}

/** Decodes and renders any supported release (text, HTML, EDGAR submission) as normalized text. */
export function ingest(input: Uint8Array | string): Ingested {
  const raw = withoutHttpHeaders((typeof input === 'string' ? input : decodeBytes(input)).replace(/\r\n?/g, '\n'));
  const format = detectFormat(raw);
  if (format === 'sgml') {
    const submission = readSubmission(raw);
    const document = pickReleaseDocument(submission);
    return {
      ...renderBody(document?.body ?? ''),
      format,
      edgar: {
        companyName: submission.companyName,
        filedAsOf: submission.filedAsOf,
        documentType: document?.type ?? null,
      },
    };
  }
  if (looksLikeMarkdown(raw)) return { ...markdownToText(raw), title: null, format: 'text', edgar: null };
  if (format === 'html') return { ...htmlToText(raw), format, edgar: null };
  return { ...readPlainText(raw), title: null, format, edgar: null };
}
