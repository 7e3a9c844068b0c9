import { daysBetween, shiftYears } from '../periods';
import { formatIsoDate as formatIso } from '@/lib/format';

// A results release follows its period by days or weeks, rarely by more than four months.
const MAX_LAG_DAYS = 120;

export type CheckedDate = { date: string; warning: string | null };

/**
 * A release cannot predate the period it reports on. A dateline that does ("JANUARY 29, 1996"
 * on results for the quarter ended December 31, 1996) has its year mistyped: read the next year,
 * and say so.
 */
export function checkReleaseYear(date: string, reportedPeriodEnd: string | null): CheckedDate {
  if (!reportedPeriodEnd || date >= reportedPeriodEnd) return { date, warning: null };
  const nextYear = shiftYears(date, 1);
  const lag = daysBetween(reportedPeriodEnd, nextYear);
  if (lag <= 0 || lag > MAX_LAG_DAYS) return { date, warning: null };
  return {
    date: nextYear,
    warning: `The dateline says ${formatIso(date)}, before the period it reports on ended (${formatIso(reportedPeriodEnd)}); read as ${formatIso(nextYear)}.`,
  };
}
