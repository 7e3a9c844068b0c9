import type { Period } from '@/lib/domain/release';
import { findDates, fullYear, monthEndShift, monthNumber, MONTH, validDate } from '../dates';
import { monthsIn } from '../periods';

export type ColumnDefaults = {
  months: number | null;
  /** [month, day] of the period end when a header names only the year. */
  monthDay: [number, number] | null;
  /** [month, day] the fiscal year ends on, when the release says: places "Fiscal 2021 Q1". */
  fiscalYearEnd: [number, number] | null;
  /** Set for tables of trailing-twelve-month figures. */
  forceMonths?: number;
};

export type ColumnMeaning = {
  period: Period | null;
  /** A change or percent column: not a value of its own. */
  change: boolean;
  /** Pro forma, adjusted or non-GAAP figures. */
  adjusted: boolean;
};

const CHANGE = /%|\bpercent|\bchange|\bincrease|\bdecrease|\binc\b|\bdec\b|\bvariance|\bvar\b|\bgrowth/i;
const ADJUSTED = /pro\s*-?\s*forma|adjusted|\badj\b|non-?gaap|excluding|\bexcl\b|operating basis|before special/i;
const FISCAL_YEAR = /\b(?:fiscal|fy)\s*'?((?:19|20)?\d{2})\b/i;
const QUARTER = /\bQ([1-4])\b|\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter/i;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const YEAR_TO_DATE = /\byear[-\s]+to[-\s]+date\b|\bytd\b/i;
const FULL_YEAR = /\btotal\b|\bfull\s+year\b|\byear\b|\bannual\b/i;
const YEAR = /\b((?:19|20)\d{2})\b/g;
const MONTH_DAY = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})\b`, 'gi');

function lastStandaloneYear(text: string): number | null {
  const withoutDates = findDates(text).reduceRight((t, d) => t.slice(0, d.start) + ' '.repeat(d.end - d.start) + t.slice(d.end), text);
  const years = [...withoutDates.matchAll(YEAR)].map((m) => Number(m[1]));
  if (years.length > 0) return years[years.length - 1]!;
  const dates = findDates(text);
  return dates.length ? dates[dates.length - 1]!.year : null;
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
    const q = quarter[1] ? Number(quarter[1]) : ORDINAL[quarter[2]!.toLowerCase()]!;
    return { end: monthEndShift(yearEnd, -3 * (4 - q)), months: defaults.forceMonths ?? 3 };
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

/** What a column's stacked header lines (top first) say: its period, and whether it holds changes or adjusted figures. */
export function readColumnHeader(lines: string[], defaults: ColumnDefaults): ColumnMeaning {
  const text = lines.join(' ');
  const change = CHANGE.test(text);
  const adjusted = ADJUSTED.test(text);
  const fiscal = fiscalColumn(text, defaults);
  if (fiscal) return { period: fiscal, change, adjusted };
  const year = lastStandaloneYear(text);
  const months = defaults.forceMonths ?? monthsOf(lines) ?? defaults.months;
  if (year === null || months === null) return { period: null, change, adjusted };
  const dates = findDates(text);
  const dated = dates.filter((d) => d.year === year).pop();
  const monthDay = [...text.matchAll(MONTH_DAY)].pop();
  const [month, day] = monthDay ? [monthNumber(monthDay[1]!), Number(monthDay[2])] : (defaults.monthDay ?? [12, 31]);
  const end = dated?.iso ?? validDate(year, month, day);
  if (!end) return { period: null, change, adjusted };
  return { period: { end, months: YEAR_TO_DATE.test(text) ? yearToDateMonths(end, defaults) : months }, change, adjusted };
}
