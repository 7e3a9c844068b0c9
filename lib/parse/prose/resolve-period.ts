import type { Period } from '@/lib/domain/release';
import { daysInMonth, isoDate, monthEndShift, shiftYears, validDate } from '../dates';
import type { PeriodPhrase } from './period-phrases';

/** What the release tells about its calendar: the periods it states and its fiscal year end. */
export type Calendar = {
  /** The periods the release states, with the fiscal quarter when it says which. */
  stated: (Period & { quarter?: number | null })[];
  fiscalYearEnd: [number, number] | null;
  /** The release date: a year-less "fourth quarter" is the latest one that ended before it. */
  anchor: string | null;
};

function statedFor(calendar: Calendar, months: number, year: number | null): Period | null {
  const same = calendar.stated.filter((p) => p.months === months);
  if (year === null) return same[0] ?? null;
  return same.find((p) => Number(p.end.slice(0, 4)) === year) ?? null;
}

/**
 * The last day of fiscal (or calendar) year `year`. A year ending in the first days of January
 * or February is named for the year before, where nearly all of it falls (Sears' fiscal 2003
 * ended January 3, 2004).
 */
function yearEnd(calendar: Calendar, year: number, fiscal: boolean): string {
  const [month, day] = fiscal || calendar.fiscalYearEnd ? (calendar.fiscalYearEnd ?? [12, 31]) : [12, 31];
  const endYear = month <= 2 && day <= 7 ? year + 1 : year;
  return validDate(endYear, month, Math.min(day, daysInMonth(endYear, month))) ?? isoDate(year, 12, 31);
}

function fromYear(phrase: PeriodPhrase, months: number, year: number, calendar: Calendar): Period {
  if (months === 3 && phrase.quarter !== null) {
    // "the second quarter of 2003" is the stated "second quarter ended July 3, 2004", a year earlier.
    const sameQuarter = calendar.stated.find((p) => p.months === 3 && (p.quarter ?? quarterOf(p, calendar)) === phrase.quarter);
    if (sameQuarter) return { end: shiftYears(sameQuarter.end, year - Number(sameQuarter.end.slice(0, 4))), months };
    return { end: monthEndShift(yearEnd(calendar, year, phrase.fiscal), -3 * (4 - phrase.quarter)), months };
  }
  const stated = statedFor(calendar, months, year);
  if (stated) return stated;
  const end = yearEnd(calendar, year, phrase.fiscal);
  return { end: months === 12 ? end : monthEndShift(end, -(12 - months)), months };
}

/** The latest period of this length (and fiscal quarter, if given) that ended before the release date. */
function latestBefore(calendar: Calendar, months: number, quarter: number | null): Period | null {
  if (!calendar.anchor) return null;
  const anchorYear = Number(calendar.anchor.slice(0, 4));
  const ends: string[] = [];
  for (let year = anchorYear - 1; year <= anchorYear + 1; year++) {
    const fiscalEnd = yearEnd(calendar, year, true);
    if (months === 12) ends.push(fiscalEnd);
    else if (months === 3 && quarter !== null) ends.push(monthEndShift(fiscalEnd, -3 * (4 - quarter)));
    else if (months === 3) for (let q = 0; q < 4; q++) ends.push(monthEndShift(fiscalEnd, -3 * q));
    else ends.push(monthEndShift(fiscalEnd, -(12 - months)));
  }
  const end = ends.filter((e) => e < calendar.anchor!).sort().pop();
  return end ? { end, months } : null;
}

/**
 * Turns a period phrase into a period: its own date if it has one, else the release's stated
 * periods, else the fiscal calendar. `base` is the period the sentence is about, for phrases
 * that only say "a year ago" or "the quarter".
 */
export function resolvePhrase(phrase: PeriodPhrase, base: Period | null, calendar: Calendar, yearOnlyMonths: number | null = 12): Period | null {
  // A bare "in 2003" is a year, unless the sentence speaks of a shorter period elsewhere.
  const bare = phrase.year !== null && !phrase.prior ? yearOnlyMonths : null;
  const months = phrase.same && base ? base.months : (phrase.months ?? (phrase.quarter !== null ? 3 : (bare ?? base?.months ?? null)));
  if (phrase.endDate && months) return { end: phrase.endDate, months };
  if (months === null) return null;
  if (phrase.same && base && phrase.year !== null) return { end: shiftYears(base.end, phrase.year - Number(base.end.slice(0, 4))), months: base.months };
  if (phrase.year !== null && !phrase.prior) return fromYear(phrase, months, phrase.year, calendar);
  if (phrase.prior) {
    const current = base && base.months === months ? base : statedFor(calendar, months, null);
    if (phrase.year !== null) return fromYear(phrase, months, phrase.year, calendar);
    return current ? { end: shiftYears(current.end, -1), months } : null;
  }
  if (base && base.months === months && (phrase.quarter === null || quarterOf(base, calendar) === phrase.quarter)) return base;
  return latestBefore(calendar, months, phrase.quarter) ?? statedFor(calendar, months, null);
}

/** Which fiscal quarter a three-month period is, by the fiscal year end (December if unknown). */
function quarterOf(period: Period, calendar: Calendar): number | null {
  if (period.months !== 3) return null;
  const fyMonth = (calendar.fiscalYearEnd ?? [12, 31])[0];
  const monthsBeforeYearEnd = (fyMonth - Number(period.end.slice(5, 7)) + 12) % 12;
  return monthsBeforeYearEnd % 3 === 0 ? 4 - monthsBeforeYearEnd / 3 : null;
}
