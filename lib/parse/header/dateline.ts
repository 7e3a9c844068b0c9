import type { Source } from '@/lib/domain/release';
import { MONTH, monthNumber } from '../lexicon/calendar';
import { validDate } from '../periods';
import { matchesOf } from '../text/regex';
import { endsInFunctionWord } from '../text/words';

export type Dateline = {
  /** The release date, ISO. */
  date: string;
  /** Where the date is written. */
  source: Source;
  /** The dateline as written: "JAMESTOWN, NY- (BUSINESS WIRE) July 27, 2005". */
  text: string;
  /** Where the dateline (city through date) sits. */
  line: Source;
  city: string | null;
};

// Words allowed in lower case before a dateline's date: "For release:", "(BUSINESS WIRE)".
const PREFIX_WORDS = /^(?:for|immediate|release|released|date|dateline|news|wire|business|on|at)$/i;
const WIRE = /\/?\s*\(?\s*(?:PR\s?Newswire[\w-]*|Business\s?Wire|BUSINESS WIRE|GLOBE NEWSWIRE|Globe Newswire|ACCESSWIRE|Marketwired|Canada NewsWire|BW)\s*\)?\/?/;
const SCAN_CHARS = 6000;
const MAX_PREFIX = 110;

const FULL = new RegExp(String.raw`(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*((?:19|20)\d{2})\b`, 'gi');
// "16 June 1997": the day before the month, as British and European releases write it.
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\s*,?\s*((?:19|20)\d{2})\b`, 'gi');

/** Every full date of a stretch, either way round, in text order: [match, month, day, year]. */
function fullDates(text: string): { index: number; length: number; month: string; day: string; year: string }[] {
  return [
    ...matchesOf(FULL, text).map((m) => ({ index: m.index, length: m[0].length, month: m[1]!, day: m[2]!, year: m[3]! })),
    ...matchesOf(DAY_FIRST, text).map((m) => ({ index: m.index, length: m[0].length, month: m[2]!, day: m[1]!, year: m[3]! })),
  ].sort((a, b) => a.index - b.index);
}
// "July 22 /PRNewswire/", "Jan. 30 /PRNewswire/": a dateline that leaves the year to the reader;
// "IRVING, Texas, Nov. 3 --": or a dash before the story.
const NO_YEAR = new RegExp(String.raw`(${MONTH})\s+(\d{1,2})\s*(?=${WIRE.source}|--|[-—–]\s)`, 'gi');

function prefixOf(text: string, at: number): { start: number; prefix: string } {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return { start: lineStart, prefix: text.slice(lineStart, at) };
}

// A period's end, not a release's date: "for the quarter ended\nDecember 31, 1996", "ENDED JUNE 30, 1996".
const PERIOD_END_BEFORE = /\b(?:ended|ending|through|as\s+of)\s*$/i;
// "June 30, 1997 and 1996": the balance dates under a statement's title.
const YEARS_AFTER = /^\s*(?:and|&)\s+(?:19|20)\d{2}\b/;
const LONE_DATE_LINE = new RegExp(String.raw`^\s*(?:${MONTH})\s+\d{1,2},?\s+(?:19|20)\d{2}\s*$`, 'i');

/** The last non-blank line before `at`, when no blank line parts it from `at`'s line. */
function lineAbove(text: string, lineStart: number): string | null {
  const above = text.slice(Math.max(0, lineStart - 200), Math.max(0, lineStart - 1)).split('\n').pop() ?? '';
  return lineStart > 0 && above.trim() !== '' ? above : null;
}

/**
 * A date that ends a period, heads a statement, goes on a sentence of the line above ("assumed
 * his duties on\nJanuary 6, 1997.") or stands in a list of dates (a news index) is no dateline.
 */
// "Date: Thu, 20 Nov 2031 15:58:26 GMT": a mail or web server's timestamp (a time to the second), not when the release is dated.
const TIMESTAMP_AFTER = /^,?\s+\d{1,2}:\d{2}:\d{2}\b/;

// "On January 26, 1998, the Registrant issued …": a sentence that opens on a date, not a dateline.
const ON_BEFORE = /(?:^|\n)[ \t]*on[ \t]+$/i;
const SENTENCE_GOES_ON = /^,?\s+(?:the|a|an|it|we|our|its|this)\b/i;

function notAReleaseDate(text: string, start: number, end: number): boolean {
  if (PERIOD_END_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || YEARS_AFTER.test(text.slice(end, end + 12))) return true;
  if (TIMESTAMP_AFTER.test(text.slice(end, end + 12))) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const above = lineAbove(text, lineStart);
  if (above !== null && text.slice(lineStart, start).trim() === '' && endsInFunctionWord(above.trim())) return true;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (!LONE_DATE_LINE.test(line)) return false;
  const below = text.slice(lineEnd + 1, lineEnd + 200).split('\n').find((l) => l.trim() !== '');
  const before = text.slice(Math.max(0, lineStart - 200), lineStart).split('\n').filter((l) => l.trim() !== '').pop();
  return [below, before].some((l) => l !== undefined && LONE_DATE_LINE.test(l));
}

/** A date in a table's column header ("December 30, 2023 | December 31, 2022") is no dateline. */
function inTable(text: string, end: number): boolean {
  return new RegExp(String.raw`^,?(?:\s*\|\s*|\s{3,})${MONTH}`, 'i').test(text.slice(end, end + 40));
}

/** A date is a dateline's when all that precedes it on its line is a place, a wire or "For release:". */
function datelinePrefix(prefix: string): boolean {
  // A cell of a table row ("December 30, | December 31,") is a column header, not a dateline.
  // Spaces that set a date to the right of its line (PDF-to-text of a date at the page's right edge) are no prefix.
  if (prefix.trimStart().length > MAX_PREFIX || prefix.includes(' | ') || new RegExp(FULL.source, 'i').test(prefix)) return false;
  const words = prefix.replace(WIRE, ' ').match(/[A-Za-z][A-Za-z'.’-]*/g) ?? [];
  return words.every((w) => /^[A-Z]/.test(w) || PREFIX_WORDS.test(w));
}

function cityOf(prefix: string): string | null {
  const m = /^[\s(]*([A-Z][A-Za-z.'’ /-]+?),\s*(?:[A-Z][A-Za-z.]*\.?(?:\s[A-Z][A-Za-z.]*)?)?/.exec(prefix.replace(WIRE, ' '));
  return m ? m[1]!.trim() : null;
}

function found(text: string, start: number, end: number, date: string): Dateline {
  const { start: lineStart, prefix } = prefixOf(text, start);
  return {
    date,
    source: { start, end },
    text: text.slice(lineStart, end).trim(),
    line: { start: lineStart, end },
    city: cityOf(prefix),
  };
}

/**
 * The release's dateline: the first date in its opening that stands alone on its line or follows
 * only a city, a wire service or "For release:". Never a date in running prose, a period's end or
 * a list of dates.
 */
export function findDateline(text: string, fallbackYear: number | null): Dateline | null {
  const head = text.slice(0, SCAN_CHARS);
  // "On December 17, 2031, the commission voted …" (an 8-K's account of its event) dates the release only when nothing else does.
  let opening: Dateline | null = null;
  for (const m of fullDates(head)) {
    const end = m.index + m.length;
    if (!datelinePrefix(prefixOf(head, m.index).prefix) || inTable(head, end) || notAReleaseDate(head, m.index, end)) continue;
    const date = validDate(Number(m.year), monthNumber(m.month), Number(m.day));
    if (!date) continue;
    const opensSentence = ON_BEFORE.test(head.slice(Math.max(0, m.index - 12), m.index)) && SENTENCE_GOES_ON.test(head.slice(end, end + 12));
    if (!opensSentence) return found(text, m.index, end, date);
    opening ??= found(text, m.index, end, date);
  }
  if (opening) return opening;
  if (fallbackYear === null) return null;
  for (const m of matchesOf(NO_YEAR, head)) {
    if (!datelinePrefix(prefixOf(head, m.index).prefix)) continue;
    const date = validDate(fallbackYear, monthNumber(m[1]!), Number(m[2]));
    if (date) return found(text, m.index, m.index + m[0].trimEnd().length, date);
  }
  return null;
}


// A dateline inside a page of several releases: a city and a date, then a dash or a wire before the story.
// "(Greensboro, North Carolina, February 24, 1997) Jefferson-Pilot …": or a bracket closed before it,
// the story run into it or after a dash ("(September 26, 1997)-Physician"); a point typed for the
// year's comma ("May 13.1997") is still the date.
const INNER = new RegExp(
  String.raw`(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*[,.]?\s*((?:19|20)\d{2}))?(?:\s*\)\s*(?=--|[-—–]\s*[A-Z]|[-—–]\s|[A-Z])|\s*(?=--|[-—–]\s|/\s*PR|\(\s*(?:BUSINESS\s+WIRE|PRNewswire)))`,
  'gi',
);
const MIN_PREFIX = 3;
// A date alone on its line over the story's place and a dash: "November 21, 1997" over "(GAINESVILLE, GA) - Credit Depot …".
const DATE_LINE = new RegExp(String.raw`^[ \t]*(${MONTH})\s+(\d{1,2}),?\s+((?:19|20)\d{2})[ \t]*$`, 'gim');
const NEXT_LINE_CHARS = 200;
const PLACE_AND_DASH = /^\s*\(?[A-Z][A-Za-z.'’ ]*,\s*[A-Z][A-Za-z.]*\)?\s*(?:--|[-—–])\s/;

/** One dateline of a page, with the offset of its line. */
export type InnerDateline = { at: number; date: string };

/**
 * Every dateline in the text, for pages that hold several releases: "IRVING, Texas, Nov. 3 --",
 * "(GREENSBORO - November 18, 1997) --". A date without its year takes the latest such day up
 * to `latest` (the page's own date). Each release's "today" is its own dateline's day.
 */
export function findDatelines(text: string, latest: string | null): InnerDateline[] {
  const out: InnerDateline[] = [];
  for (const m of matchesOf(INNER, text)) {
    const { start, prefix } = prefixOf(text, m.index);
    if (prefix.trim().length < MIN_PREFIX || !datelinePrefix(prefix)) continue;
    const month = monthNumber(m[1]!);
    const day = Number(m[2]);
    let year = m[3] ? Number(m[3]) : null;
    if (year === null && latest) {
      year = Number(latest.slice(0, 4));
      if (`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` > latest) year -= 1;
    }
    const date = year === null ? null : validDate(year, month, day);
    if (date) out.push({ at: start, date });
  }
  for (const m of matchesOf(DATE_LINE, text)) {
    // The next line, across one blank line: read from a short stretch, so a page of date lines stays linear.
    const end = m.index + m[0].length;
    const next = text.slice(end, end + NEXT_LINE_CHARS).replace(/^\s*\n/, '');
    const date = validDate(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
    if (date && PLACE_AND_DASH.test(next)) out.push({ at: m.index, date });
  }
  return out.sort((a, b) => a.at - b.at);
}
