import type { Period } from '@/lib/domain/release';
import { MONTH, monthNumber, ORDINALS, YEAR, YEAR_TO_DATE } from '../lexicon/calendar';
import { addDays, daysInMonth, fullYear, monthEndShift, validDate } from './calendar-math';
import { findDates } from './dates';
import { monthsIn } from './lengths';
import { matchesOf } from '../text/regex';

export type ColumnDefaults = {
  months: number | null;
  /** [month, day] of the period end when a header names only the year. */
  monthDay: [number, number] | null;
  /** [month, day] the fiscal year ends on, when the release says: places "Fiscal 2021 Q1". */
  fiscalYearEnd: [number, number] | null;
  /** Set for tables of trailing-twelve-month figures. */
  forceMonths?: number;
};

const FISCAL_YEAR = /\b(?:fiscal|fy)\s*'?((?:19|20)?\d{2})\b/i;
const QUARTER = /\bQ([1-4])\b|\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter/i;
const FULL_YEAR = /\btotal\b|\bfull\s+year\b|\byear\b|\bannual\b/i;
const YEARS = new RegExp(String.raw`\b(${YEAR})\b`, 'g');
const MONTH_DAY = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})\b`, 'gi');

function lastStandaloneYear(text: string): number | null {
  const dates = findDates(text);
  const withoutDates = dates.reduceRight((t, d) => t.slice(0, d.start) + ' '.repeat(d.end - d.start) + t.slice(d.end), text);
  const years = matchesOf(YEARS, withoutDates).map((m) => Number(m[1]));
  if (years.length > 0) return years[years.length - 1]!;
  return dates.length ? dates[dates.length - 1]!.year : null;
}

// A fiscal year of 52 or 53 weeks has quarters of 13 weeks.
const QUARTER_DAYS = 91;

/** The end of the quarter `back` quarters before a year end: month ends for a calendar of months, 13 weeks apart for one of weeks. */
function quarterEndBefore(yearEnd: string, back: number): string {
  const [y, m, d] = yearEnd.split('-').map(Number) as [number, number, number];
  return d === daysInMonth(y, m) ? monthEndShift(yearEnd, -3 * back) : addDays(yearEnd, -QUARTER_DAYS * back);
}

/** "Fiscal 2021 Q1": a fiscal quarter (or the whole fiscal year) placed by the company's year end. */
function fiscalColumn(text: string, defaults: ColumnDefaults): Period | null {
  const fiscal = FISCAL_YEAR.exec(text);
  if (!fiscal || !defaults.fiscalYearEnd) return null;
  const [month, day] = defaults.fiscalYearEnd;
  const yearEnd = validDate(fullYear(fiscal[1]!), month, day);
  if (!yearEnd) return null;
  const quarter = QUARTER.exec(text);
  if (quarter) {
    const q = quarter[1] ? Number(quarter[1]) : ORDINALS[quarter[2]!.toLowerCase()]!;
    return { end: quarterEndBefore(yearEnd, 4 - q), months: defaults.forceMonths ?? 3 };
  }
  return FULL_YEAR.test(text) ? { end: yearEnd, months: 12 } : null;
}

/** Months from the start of the fiscal year to `end`: "Year to Date" through September is nine. */
function yearToDateMonths(end: string, defaults: ColumnDefaults): number {
  const fiscalMonth = defaults.fiscalYearEnd?.[0] ?? 12;
  return ((Number(end.slice(5, 7)) - fiscalMonth + 11) % 12) + 1;
}

/** The length the lowest header line that names one gives: "Year Ended" under "Fourth Quarter and Year". */
function monthsOf(lines: string[]): number | null {
  // Grow upward from the bottom line so a phrase split over lines ("For the 26 / Weeks Ended") still reads.
  for (let i = lines.length - 1; i >= 0; i--) {
    const months = monthsIn(lines.slice(i).join(' '));
    if (months) return months;
  }
  return null;
}

/** Whether a column's header names its period by a fiscal label ("Q2 FY26") rather than by dates. */
export function namesFiscalLabel(lines: string[], defaults: ColumnDefaults): boolean {
  return defaults.fiscalYearEnd !== null && FISCAL_YEAR.test(lines.join(' '));
}

const MONTH_ALONE = new RegExp(String.raw`\b(${MONTH})(?=[\s,]|$)`, 'gi');

/** "Three months ended April" over "30," lost its day: a month named alone (capitalised) ends on its last day. */
function bareMonth(text: string): number | null {
  const m = matchesOf(MONTH_ALONE, text).filter((x) => /^[A-Z]/.test(x[1]!)).pop();
  return m ? monthNumber(m[1]!) : null;
}

/** The period a column's stacked header lines (top first) name, if they name one. */
export function readColumnPeriod(lines: string[], defaults: ColumnDefaults): Period | null {
  const text = lines.join(' ');
  const fiscal = fiscalColumn(text, defaults);
  if (fiscal) return fiscal;
  const year = lastStandaloneYear(text);
  const months = defaults.forceMonths ?? monthsOf(lines) ?? defaults.months;
  if (year === null || months === null) return null;
  const dated = findDates(text).filter((d) => d.year === year).pop();
  const monthDay = matchesOf(MONTH_DAY, text).pop();
  const bare = monthDay ? null : bareMonth(text);
  const [month, day] = monthDay ? [monthNumber(monthDay[1]!), Number(monthDay[2])] : bare ? [bare, daysInMonth(year, bare)] : (defaults.monthDay ?? [12, 31]);
  const end = dated?.iso ?? validDate(year, month, day);
  if (!end) return null;
  return { end, months: YEAR_TO_DATE.test(text) ? yearToDateMonths(end, defaults) : months };
}
