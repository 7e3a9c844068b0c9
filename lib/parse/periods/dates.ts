import { MONTH, monthNumber, YEAR } from '../lexicon/calendar';
import { fullYear, validDate } from './calendar-math';
import { matchesOf } from '../text/regex';

export type FoundDate = { iso: string; year: number; month: number; day: number; start: number; end: number };

// A year may run into the next word in text copied without spaces ("July 26, 2020July 28, 2019").
const FULL_DATE = new RegExp(String.raw`(?<![A-Za-z])(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(${YEAR})(?!\d)`, 'gi');
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})\s+(${MONTH})\s*,?\s*(${YEAR})(?!\d)`, 'gi');
const YEAR_DIGITS = new RegExp(YEAR);
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;

/** Every "July 27, 2005", "Dec. 20, 1996", "27 July 2005" or "6/30/97" (US order) in a text, in order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (year: number, month: number, day: number, start: number, end: number) => {
    const iso = validDate(year, month, day);
    if (iso) found.push({ iso, year, month, day, start, end });
  };
  // Month-name patterns are slow to scan; both need a four-digit year, and numeric dates a slash.
  if (YEAR_DIGITS.test(text)) {
    for (const m of matchesOf(FULL_DATE, text)) add(Number(m[3]), monthNumber(m[1]!), Number(m[2]), m.index, m.index + m[0].length);
    for (const m of matchesOf(DAY_FIRST, text)) add(Number(m[3]), monthNumber(m[2]!), Number(m[1]), m.index, m.index + m[0].length);
  }
  if (text.includes('/')) {
    for (const m of matchesOf(NUMERIC, text)) add(fullYear(m[3]!), Number(m[1]), Number(m[2]), m.index, m.index + m[0].length);
  }
  return found.sort((a, b) => a.start - b.start);
}
