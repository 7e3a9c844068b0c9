import type { Period } from '@/lib/domain/release';
import { daysInMonth, isoDate, monthEndShift, shiftYears, validDate } from '../dates';
import type { PeriodPhrase } from './period-phrases';

/** What the release tells about its calendar: the periods it states and its fiscal year end. */
export type Calendar = {
  stated: Period[];
  fiscalYearEnd: [number, number] | null;
};

function statedFor(calendar: Calendar, months: number, year: number | null): Period | null {
  const same = calendar.stated.filter((p) => p.months === months);
  if (year === null) return same[0] ?? null;
  return same.find((p) => Number(p.end.slice(0, 4)) === year) ?? null;
}

/** The last day of fiscal (or calendar) year `year`. */
function yearEnd(calendar: Calendar, year: number, fiscal: boolean): string {
  const [month, day] = fiscal || calendar.fiscalYearEnd ? (calendar.fiscalYearEnd ?? [12, 31]) : [12, 31];
  return validDate(year, month, Math.min(day, daysInMonth(year, month))) ?? isoDate(year, 12, 31);
}

function fromYear(phrase: PeriodPhrase, months: number, year: number, calendar: Calendar): Period {
  const stated = statedFor(calendar, months, year);
  if (stated && (phrase.quarter === null || months !== 3)) return stated;
  const end = yearEnd(calendar, year, phrase.fiscal);
  if (months === 3 && phrase.quarter !== null) {
    const quarterEnd = monthEndShift(end, -3 * (4 - phrase.quarter));
    return stated && Math.abs(Number(stated.end.slice(5, 7)) - Number(quarterEnd.slice(5, 7))) <= 0 ? stated : { end: quarterEnd, months };
  }
  return { end: months === 12 ? end : monthEndShift(end, -(12 - months)), months };
}

/**
 * Turns a period phrase into a period: its own date if it has one, else the release's stated
 * periods, else the fiscal calendar. `base` is the period the sentence is about, for phrases
 * that only say "a year ago" or "the quarter".
 */
export function resolvePhrase(phrase: PeriodPhrase, base: Period | null, calendar: Calendar): Period | null {
  const months = phrase.months ?? (phrase.quarter !== null ? 3 : (base?.months ?? null));
  if (phrase.endDate && months) return { end: phrase.endDate, months };
  if (months === null) return null;
  if (phrase.year !== null && !phrase.prior) return fromYear(phrase, months, phrase.year, calendar);
  if (phrase.prior) {
    const current = base && base.months === months ? base : statedFor(calendar, months, null);
    if (phrase.year !== null) return fromYear(phrase, months, phrase.year, calendar);
    return current ? { end: shiftYears(current.end, -1), months } : null;
  }
  if (base && base.months === months) return base;
  return statedFor(calendar, months, null);
}
