import type { ReleaseFormat } from '@/lib/domain/report';
import { decodeBytes } from '../decode';
import { detectFormat } from '../sniff';
import { pickReleaseDocument, readSubmission } from './edgar';
import { htmlToText, type GridRow } from './html-to-text';
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
  if (LOOKS_LIKE_HTML.test(body.slice(0, 20000))) return htmlToText(body);
  return { ...readPlainText(body), title: null };
}

/** Decodes and renders any supported release (text, HTML, EDGAR submission) as normalized text. */
export function ingest(input: Uint8Array | string): Ingested {
  const raw = typeof input === 'string' ? input : decodeBytes(input);
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
  if (format === 'html') return { ...htmlToText(raw), format, edgar: null };
  return { ...readPlainText(raw), title: null, format, edgar: null };
}
