import { MONTH, NUMBER_WORDS } from '../lexicon/calendar';
import { trieOf } from '../lexicon/patterns';
import { ENDS_IN_LEGAL_FORM, SEGMENT_TITLE_WORDS } from '../lexicon/statements';

// Words that describe a column's period or basis; anything else in a header names a segment. The
// predecessor and successor ("Reorganized Company") of fresh-start accounting are one company in two periods.
const NEUTRAL = new RegExp(
  String.raw`\b(?:${MONTH}|(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?|consolidated|total|as|reported|historical|actual|un-?audited|audited|gaap|fiscal|year|years|ended|ending|end|months?|weeks?|quarters?|first|second|third|fourth|1st|2nd|3rd|4th|q[1-4]|periods?|for|the|and|of|to|date|ytd|restated|note|in|thousands|millions|billions|dollars|except|per|share|(?<=share\s)data|amounts|from|through|${trieOf(Object.keys(NUMBER_WORDS))}|half|annual|current|prior|previous|comparable|combined|company|corporation|inc|results|statements?|operations|income|unaudited|change|percent|increase|decrease|pro|forma|adjusted|non|excluding|full|at|on|as of|fy|predecessor|successor|reorganized|fresh[- ]start|weeks?|periods?)\b|[%*$(),.:;&/'’-]|\b[a-z]\b`,
  'gi',
);

const MAX_NAME_WORDS = 5;

/** What a column header says beyond period and basis: a segment name ("Sears Canada"), or null. */
export function segmentIn(header: string): string | null {
  const rest = header.replace(NEUTRAL, ' ').replace(/\s+/g, ' ').trim();
  // A name is a few words; a longer rest is a footnote or a caption in the header, not a segment.
  return /[A-Za-z]{3,}/.test(rest) && rest.split(' ').length <= MAX_NAME_WORDS ? rest : null;
}

// A title line longer than this is a sentence or a heading, never a segment's name.
const MAX_TITLE_WORDS = 6;
// Words apart by wide gaps are column heads set above the table, not a title.
const COLUMN_GAPS = /\S {2,}\S/;

/**
 * The segment a segment table's title names: "MARINE & RAIL SYSTEMS" over "(Millions of dollars)" and
 * "Segment Sales". A line longer than a name, the company's own name or a line of column heads
 * names none: null when no line does ("Sales and Revenues by Segment").
 */
export function segmentOfTitle(lines: string[]): string | null {
  for (const line of lines) {
    if (line.trim().split(/\s+/).length > MAX_TITLE_WORDS || ENDS_IN_LEGAL_FORM.test(line) || COLUMN_GAPS.test(line.trim())) continue;
    const rest = line.replace(SEGMENT_TITLE_WORDS, ' ').replace(/\s+/g, ' ').replace(/^[\s,;:&-]+|[\s,;:&-]+$/g, '');
    const name = segmentIn(rest);
    // As written ("ENERGY & TRANSPORTATION"), when the line holds nothing but the name.
    if (name) return name.split(' ').length === rest.replace(/\s&\s/g, ' ').split(' ').length ? rest : name;
  }
  return null;
}
