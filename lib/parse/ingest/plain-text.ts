import { expandTabs } from './tabs';
import { tidyLines } from './text-builder';

// EDGAR's ASCII filings mark pages and table columns with SGML tags of their own.
const PAGE_MARKER = /^[ \t]*<PAGE>[ \t]*\d*[ \t]*$/gim;
const TABLE_TAGS = /<\/?(?:TABLE|CAPTION|FN)>|<[SC]>/gi;

/** Normalises plain-text releases: LF line ends, no page markers or EDGAR table tags, tidy blank lines. */
export function normalizePlainText(raw: string): string {
  const text = expandTabs(raw.replace(/\r\n?/g, '\n'))
    .replace(/\f/g, '\n')
    .replace(PAGE_MARKER, '')
    // Blank out column tags with spaces of the same width so columns stay aligned.
    .replace(TABLE_TAGS, (tag) => ' '.repeat(tag.length))
    .replace(/\u00a0/g, ' ');
  return tidyLines(text);
}
