import type { GridRow } from './html-to-text';
import { expandTabs } from './tabs';
import { readTextTables } from './text-tables';
import { tidyLines } from './text-builder';

// EDGAR's ASCII filings mark pages and table columns with SGML tags of their own.
const PAGE_MARKER = /^[ \t]*<PAGE>[ \t]*\d*[ \t]*$/gim;
const TABLE_TAGS = /<\/?(?:TABLE|CAPTION|FN)>|<[SC]>/gi;

function withoutEdgarTags(text: string): string {
  // Column tags become spaces of the same width so columns stay aligned.
  return text.replace(PAGE_MARKER, '').replace(TABLE_TAGS, (tag) => ' '.repeat(tag.length));
}

/** Normalises plain-text releases: LF line ends, no page markers or EDGAR table tags, tidy blank lines. */
export function normalizePlainText(raw: string): string {
  const text = expandTabs(raw.replace(/\r\n?/g, '\n')).replace(/\f/g, '\n');
  // Only text with a "<" can hold EDGAR's markers: skip the scans when there is none.
  return tidyLines((text.includes('<') ? withoutEdgarTags(text) : text).replace(/\u00a0/g, ' '));
}

/** A plain-text release as normalized text, with the tables it holds cut into cells read as grid rows. */
export function readPlainText(raw: string): { text: string; grid: GridRow[] } {
  // `ingest` has made every line end LF already.
  const { text, grid } = readTextTables(raw);
  return { text: normalizePlainText(text), grid };
}
