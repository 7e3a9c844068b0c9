import type { Period } from '@/lib/domain/release';
import { findDates, monthNumber, MONTH, validDate } from '../dates';
import { monthsIn } from '../periods';

export type ColumnDefaults = {
  months: number | null;
  /** [month, day] of the period end when a header names only the year. */
  monthDay: [number, number] | null;
};

export type ColumnMeaning = {
  period: Period | null;
  /** A change or percent column: not a value of its own. */
  change: boolean;
  /** Pro forma, adjusted or non-GAAP figures. */
  adjusted: boolean;
};

const CHANGE = /%|\bpercent|\bchange|\bincrease|\bdecrease|\binc\b|\bdec\b|\bvariance|\bvar\b|\bgrowth/i;
const ADJUSTED = /pro\s*-?\s*forma|adjusted|non-?gaap|excluding|\bexcl\b|operating basis|before special/i;
const YEAR = /\b((?:19|20)\d{2})\b/g;
const MONTH_DAY = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})\b`, 'gi');

function lastStandaloneYear(text: string): number | null {
  const withoutDates = findDates(text).reduceRight((t, d) => t.slice(0, d.start) + ' '.repeat(d.end - d.start) + t.slice(d.end), text);
  const years = [...withoutDates.matchAll(YEAR)].map((m) => Number(m[1]));
  if (years.length > 0) return years[years.length - 1]!;
  const dates = findDates(text);
  return dates.length ? dates[dates.length - 1]!.year : null;
}

/** What a column's stacked header text says: its period, and whether it holds changes or adjusted figures. */
export function readColumnHeader(text: string, defaults: ColumnDefaults): ColumnMeaning {
  const change = CHANGE.test(text);
  const adjusted = ADJUSTED.test(text);
  const year = lastStandaloneYear(text);
  const months = monthsIn(text) ?? defaults.months;
  if (year === null || months === null) return { period: null, change, adjusted };
  const dates = findDates(text);
  const dated = dates.filter((d) => d.year === year).pop();
  if (dated) return { period: { end: dated.iso, months }, change, adjusted };
  const monthDay = [...text.matchAll(MONTH_DAY)].pop();
  const [month, day] = monthDay ? [monthNumber(monthDay[1]!), Number(monthDay[2])] : (defaults.monthDay ?? [12, 31]);
  const end = validDate(year, month, day);
  return { period: end ? { end, months } : null, change, adjusted };
}
