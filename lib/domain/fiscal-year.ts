import type { Period } from './release';

const DAY = 86_400_000;
// A 52/53-week period can end a few days into the next month ("Feb 2" for a January year end).
const SPILL_DAYS = 7;

/** The month (1–12) a date belongs to, a date in a month's first week counted in the month before. */
function monthOf(day: number): number {
  const date = new Date(day);
  return new Date(date.getUTCDate() <= SPILL_DAYS ? day - SPILL_DAYS * DAY : day).getUTCMonth() + 1;
}

/** A period's place in its fiscal year: its number (the calendar year the fiscal year ends in) and quarter. */
export function fiscalPosition(period: Period, yearEnd: number): { year: number; quarter: number } {
  const end = Date.parse(`${period.end}T00:00:00Z`);
  const month = monthOf(end);
  const calendarYear = new Date(end - (new Date(end).getUTCDate() <= SPILL_DAYS ? SPILL_DAYS * DAY : 0)).getUTCFullYear();
  const intoYear = ((month - yearEnd - 1 + 12) % 12) + 1;
  return { year: month <= yearEnd ? calendarYear : calendarYear + 1, quarter: Math.ceil(intoYear / 3) };
}

/**
 * The month a fiscal year ending on this month and day is counted to: a year that ends in a
 * month's first week (52/53-week years: "January 3") belongs to the month before.
 */
export function yearEndMonth(end: { month: number; day: number } | null): number | null {
  if (!end) return null;
  return end.day <= SPILL_DAYS ? ((end.month + 10) % 12) + 1 : end.month;
}
