import type { Period } from '@/lib/domain/release';
import { MONTH, monthNumber } from '../lexicon/calendar';
import { daysInMonth, isoDate, validDate } from '../periods';

/** A run of periods a concentration sentence names: "three and six months ended June 30, 2018". */
export type PeriodRun = { start: number; end: number; periods: Period[] };

const LENGTH_WORDS: Record<string, number> = { three: 3, six: 6, nine: 9, twelve: 12, '3': 3, '6': 6, '9': 9, '12': 12 };
const DATE = String.raw`${MONTH}\s+\d{1,2},?\s*(?:19|20)\d{2}`;
const DATE_LIST = String.raw`${DATE}(?:(?:,|,?\s+and|,?\s+or)\s+(?:${DATE}|(?:19|20)\d{2}))*`;
const YEAR_LIST = String.raw`(?:19|20)\d{2}(?:(?:,|,?\s+and|,?\s+or)\s+(?:fiscal\s+)?(?:19|20)\d{2})*`;
const LENGTHS = String.raw`(?:(?:three|six|nine|twelve|3|6|9|12)(?:\s+and\s+(?:three|six|nine|twelve|3|6|9|12))?[-\s]+months?(?:\s+periods?)?|nine[-\s]+month\s+periods?|quarters?(?:\s+and\s+(?:three|two)\s+quarters)?|(?:fiscal\s+)?years?|periods?)`;

const ENDED = new RegExp(String.raw`\b(${LENGTHS})\s+(?:ended|ending|then\s+ended)\s+(?:on\s+)?(${DATE_LIST})`, 'gi');
const AS_OF = new RegExp(String.raw`\b(?:as\s+of|at)\s+(${DATE_LIST})`, 'gi');
const FIRST_QUARTERS = new RegExp(String.raw`\bfirst\s+(two|three)\s+quarters\s+of\s+(?:fiscal\s+)?(${YEAR_LIST})`, 'gi');
const IN_YEARS = new RegExp(String.raw`\b(?:in|for|during)\s+(?:each\s+of\s+)?(?:the\s+)?(?:(?:fiscal\s+)?years?\s+|full\s+year\s+|fiscal\s+)?(${YEAR_LIST})\b`, 'gi');
const FISCAL_YEAR = new RegExp(String.raw`\bfiscal(?:\s+year)?\s+(${YEAR_LIST})\b`, 'gi');

function lengthsOf(text: string): number[] {
  const lower = text.toLowerCase();
  if (/quarters?\s+and\s+three\s+quarters/.test(lower)) return [3, 9];
  if (/quarters?\s+and\s+two\s+quarters/.test(lower)) return [3, 6];
  const months = [...lower.matchAll(/\b(three|six|nine|twelve|3|6|9|12)\b/g)].map((m) => LENGTH_WORDS[m[1]!]!);
  if (months.length > 0 && /month/.test(lower)) return months;
  if (/quarter/.test(lower)) return [3];
  return [12];
}

/** "June 29, 2013 and December 29, 2012", "December 31, 2019, 2018, and 2017": every date, the bare years taking the first date's month and day. */
function datesOf(text: string): string[] {
  const full = new RegExp(String.raw`(${MONTH})\s+(\d{1,2}),?\s*((?:19|20)\d{2})|\b((?:19|20)\d{2})\b`, 'gi');
  const dates: string[] = [];
  let month = 0;
  let day = 0;
  for (const m of text.matchAll(full)) {
    if (m[1]) {
      month = monthNumber(m[1]);
      day = Number(m[2]);
      const iso = validDate(Number(m[3]), month, day);
      if (iso) dates.push(iso);
    } else if (month && !dates.some((d) => d.startsWith(m[4]!))) {
      const year = Number(m[4]);
      dates.push(isoDate(year, month, Math.min(day, daysInMonth(year, month))));
    }
  }
  return dates;
}

function yearsOf(text: string): number[] {
  return [...text.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
}

function combine(lengths: number[], dates: string[]): Period[] {
  if (lengths.length > 1 && dates.length === 1) return lengths.map((months) => ({ end: dates[0]!, months }));
  if (lengths.length === dates.length) return dates.map((end, i) => ({ end, months: lengths[i]! }));
  return dates.map((end) => ({ end, months: lengths[0]! }));
}

/**
 * Every run of periods in a stretch of text, in order. Years without a day end on `yearEnd`
 * (the fiscal year end if known, else December 31); only their year and length matter here.
 */
export function findPeriodRuns(text: string, offset = 0, yearEnd: [number, number] = [12, 31]): PeriodRun[] {
  const runs: PeriodRun[] = [];
  const add = (start: number, length: number, periods: Period[]) => {
    const at = offset + start;
    if (periods.length === 0 || runs.some((r) => r.start < at + length && at < r.end)) return;
    runs.push({ start: at, end: at + length, periods });
  };
  const endOfYear = (year: number) => isoDate(year, yearEnd[0], Math.min(yearEnd[1], daysInMonth(year, yearEnd[0])));
  for (const m of text.matchAll(ENDED)) add(m.index, m[0].length, combine(lengthsOf(m[1]!), datesOf(m[2]!)));
  for (const m of text.matchAll(AS_OF)) add(m.index, m[0].length, datesOf(m[1]!).map((end) => ({ end, months: 0 })));
  for (const m of text.matchAll(FIRST_QUARTERS)) {
    const months = m[1]!.toLowerCase() === 'two' ? 6 : 9;
    add(m.index, m[0].length, yearsOf(m[2]!).map((year) => ({ end: isoDate(year, months, 30), months })));
  }
  for (const m of text.matchAll(FISCAL_YEAR)) add(m.index, m[0].length, yearsOf(m[1]!).map((year) => ({ end: endOfYear(year), months: 12 })));
  for (const m of text.matchAll(IN_YEARS)) add(m.index, m[0].length, yearsOf(m[1]!).map((year) => ({ end: endOfYear(year), months: 12 })));
  return runs.sort((a, b) => a.start - b.start);
}
