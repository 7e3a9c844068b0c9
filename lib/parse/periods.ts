import type { Period } from '@/lib/domain/release';
import { daysInMonth, findDates, MONTH } from './dates';

const WORD_MONTHS: Record<string, number> = { three: 3, six: 6, nine: 9, twelve: 12, '3': 3, '6': 6, '9': 9, '12': 12 };

/** Months in a run of weeks: 13 (or 12, 14, 16) weeks make a quarter, 52 or 53 a year. */
function weeksToMonths(weeks: number): number | null {
  if (weeks >= 12 && weeks <= 17) return 3;
  if (weeks >= 24 && weeks <= 28) return 6;
  if (weeks >= 36 && weeks <= 41) return 9;
  if (weeks >= 50 && weeks <= 53) return 12;
  return null;
}

const MONTHS_PHRASE = /\b(three|six|nine|twelve|3|6|9|12)[-\s]+months?\b/i;
const WEEKS_PHRASE = /\b(\d{1,2})[-\s]+weeks?\b/i;
const QUARTER_PHRASE = /\b(?:quarters?|qtr|q[1-4]|three[-\s]month)\b/i;
const HALF_PHRASE = /\b(?:half|six[-\s]month|semi-?annual)\b/i;
const YEAR_PHRASE = /\b(?:years?|annual|fiscal|twelve[-\s]month|full[-\s]year|fy)\b/i;

/** The length in months a phrase speaks of ("13 weeks ended", "nine months", "fiscal year"), if any. */
export function monthsIn(text: string): number | null {
  const months = MONTHS_PHRASE.exec(text);
  if (months) return WORD_MONTHS[months[1]!.toLowerCase()] ?? null;
  const weeks = WEEKS_PHRASE.exec(text);
  if (weeks) return weeksToMonths(Number(weeks[1]));
  if (QUARTER_PHRASE.test(text)) return 3;
  if (HALF_PHRASE.test(text)) return 6;
  if (YEAR_PHRASE.test(text)) return 12;
  return null;
}

export type StatedPeriod = Period & {
  start: number;
  stop: number;
  /** Said as a (fiscal) year or a fourth quarter: its end is the fiscal year end. */
  yearEnd: boolean;
  /** 1–4 when said as "the third quarter ended …". */
  quarter: number | null;
};

const PERIOD_ENDED = new RegExp(
  String.raw`\b((?:three|six|nine|twelve|3|6|9|12)[-\s]+months?|\d{1,2}[-\s]+weeks?|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?:19|20)\d{2})?|(?:fiscal\s+)?(?:year|quarter)|fiscal\s+(?:19|20)\d{2}|quarter|year)(?:\s+periods?)?,?\s+(?:ended|ending)(?:\s+on)?\s+(${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s*(?:19|20)\d{2})`,
  'gi',
);

/**
 * The month and day the fiscal year ends: a stated year's end, else a stated quarter's end moved
 * forward to the fourth quarter ("third quarter ended June 30" gives September 30).
 */
export function fiscalYearEnd(stated: StatedPeriod[]): [number, number] | null {
  const year = stated.find((p) => p.yearEnd);
  if (year) return [Number(year.end.slice(5, 7)), Number(year.end.slice(8, 10))];
  const quarter = stated.find((p) => p.quarter !== null);
  if (!quarter) return null;
  const [y, m, d] = quarter.end.split('-').map(Number) as [number, number, number];
  const monthEnd = d === daysInMonth(y, m);
  const month = ((m - 1 + 3 * (4 - quarter.quarter!)) % 12) + 1;
  const year4 = y + Math.floor((m - 1 + 3 * (4 - quarter.quarter!)) / 12);
  return [month, monthEnd ? daysInMonth(year4, month) : Math.min(d, daysInMonth(year4, month))];
}

/** Every "<length> ended <date>" the release states, in order: what its figures cover. */
export function findStatedPeriods(text: string): StatedPeriod[] {
  const periods: StatedPeriod[] = [];
  for (const m of text.matchAll(PERIOD_ENDED)) {
    const months = monthsIn(m[1]!);
    const date = findDates(m[2]!)[0];
    if (!months || !date) continue;
    const trailing = /\b(?:trailing|last|latest|past)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index));
    const yearEnd = !trailing && (/\byear\b/i.test(m[1]!) || /fourth|4th/i.test(m[1]!));
    const ordinal = /\b(first|second|third|fourth|1st|2nd|3rd|4th)\b/i.exec(m[1]!)?.[1]?.toLowerCase();
    const quarter = ordinal && months === 3 ? ({ first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 } as Record<string, number>)[ordinal]! : null;
    periods.push({ end: date.iso, months, start: m.index, stop: m.index + m[0].length, yearEnd, quarter });
  }
  return periods;
}
