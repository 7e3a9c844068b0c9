import type { Period } from '@/lib/domain/release';
import { calendarQuarter, isoDate, shiftMonthsLike, shiftYears, validDate } from './calendar-math';
import { fiscalQuarterOf, yearEnd, type Calendar } from './fiscal';
import type { PeriodMention } from './mention';

function statedFor(calendar: Calendar, months: number, year: number | null): Period | null {
  const same = calendar.stated.filter((p) => p.months === months);
  if (year === null) return same[0] ?? null;
  return same.find((p) => Number(p.end.slice(0, 4)) === year) ?? null;
}

/**
 * The fiscal year a day falls in, named (as companies name them) by the calendar year it ends in,
 * or for a year ending in the first days of January or February, the year before (as yearEnd reads it).
 */
function fiscalYearNamed(day: string, [month, date]: [number, number]): number {
  const year = Number(day.slice(0, 4));
  const monthDay = Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
  const endsIn = monthDay <= month * 100 + date ? year : year + 1;
  return month <= 2 && date <= 7 ? endsIn - 1 : endsIn;
}

function fromYear(mention: PeriodMention, months: number, year: number, calendar: Calendar): Period {
  if (months === 3 && mention.quarter !== null) {
    // "the second quarter of 2003" is the stated "second quarter ended July 3, 2004", a year earlier.
    const sameQuarter = calendar.stated.find((p) => p.months === 3 && (p.quarter ?? fiscalQuarterOf(p, calendar)) === mention.quarter);
    // "the fiscal 1997 second quarter" of a year ending June 30 ended December 31, 1996: a fiscal year is named by its end.
    const named = (end: string) => (mention.fiscal && calendar.fiscalYearEnd ? fiscalYearNamed(end, calendar.fiscalYearEnd) : Number(end.slice(0, 4)));
    if (sameQuarter) return { end: shiftYears(sameQuarter.end, year - named(sameQuarter.end)), months };
    return { end: shiftMonthsLike(yearEnd(calendar, year, mention.fiscal), -3 * (4 - mention.quarter)), months };
  }
  const stated = statedFor(calendar, months, year);
  if (stated) return stated;
  const end = yearEnd(calendar, year, mention.fiscal);
  return { end: months === 12 ? end : shiftMonthsLike(end, -(12 - months)), months };
}

/** The latest period of this length (and fiscal quarter, if given) that ended before the release date. */
function latestBefore(calendar: Calendar, months: number, quarter: number | null): Period | null {
  if (!calendar.anchor) return null;
  const anchorYear = Number(calendar.anchor.slice(0, 4));
  const ends: string[] = [];
  for (let year = anchorYear - 1; year <= anchorYear + 1; year++) {
    const fiscalEnd = yearEnd(calendar, year, true);
    if (months === 12) ends.push(fiscalEnd);
    else if (months === 3 && quarter !== null) ends.push(shiftMonthsLike(fiscalEnd, -3 * (4 - quarter)));
    else if (months === 3) for (let q = 0; q < 4; q++) ends.push(shiftMonthsLike(fiscalEnd, -3 * q));
    else ends.push(shiftMonthsLike(fiscalEnd, -(12 - months)));
  }
  const end = ends.filter((e) => e < calendar.anchor!).sort().pop();
  return end ? { end, months } : null;
}

/**
 * The period a mention speaks of: its own date if it has one, else the release's stated
 * periods, else the fiscal calendar. `base` is the period the sentence is about, for mentions
 * that only say "a year ago" or "the quarter"; `yearOnlyMonths` the length a bare "in 2003" takes.
 */
export function resolvePeriod(mention: PeriodMention, base: Period | null, calendar: Calendar, yearOnlyMonths: number | null = 12): Period | null {
  const period = periodOf(mention, base, calendar, yearOnlyMonths);
  return period && mention.endDate === null && mention.month !== null && mention.day !== null ? onStatedDay(period, mention.month, mention.day) : period;
}

/** "…ended October 31": the period ends on the day it is said to, in the year nearest the end its words give. */
function onStatedDay(period: Period, month: number, day: number): Period {
  const year = Number(period.end.slice(0, 4));
  const ends = [year - 1, year, year + 1].map((y) => validDate(y, month, day)).filter((d): d is string => d !== null);
  const distance = (d: string) => Math.abs(Date.parse(d) - Date.parse(period.end));
  const end = ends.sort((a, b) => distance(a) - distance(b))[0];
  return end ? { end, months: period.months } : period;
}

function periodOf(mention: PeriodMention, base: Period | null, calendar: Calendar, yearOnlyMonths: number | null): Period | null {
  if (mention.kind !== 'period') return null;
  const bare = mention.year !== null && !mention.prior ? yearOnlyMonths : null;
  const months = mention.same && base ? base.months : (mention.months ?? (mention.quarter !== null ? 3 : (bare ?? base?.months ?? null)));
  if (mention.endDate && months) return { end: mention.endDate, months };
  if (months === null) return null;
  if (mention.same && base && mention.year !== null) return { end: shiftYears(base.end, mention.year - Number(base.end.slice(0, 4))), months: base.months };
  if (mention.year !== null && !mention.prior) {
    // "…compared to $11.6 million for 1995", said of a quarter: a bare year is that quarter of that year.
    const bareOfBase = mention.months === null && mention.quarter === null && base && base.months === months && months < 12 && !statedFor(calendar, months, mention.year);
    return bareOfBase ? { end: shiftYears(base.end, mention.year - Number(base.end.slice(0, 4))), months } : fromYear(mention, months, mention.year, calendar);
  }
  if (mention.prior) {
    const current = base && base.months === months ? base : statedFor(calendar, months, null);
    if (mention.year !== null) return fromYear(mention, months, mention.year, calendar);
    return current ? { end: shiftYears(current.end, -1), months } : null;
  }
  if (base && base.months === months && (mention.quarter === null || fiscalQuarterOf(base, calendar) === mention.quarter)) return base;
  return latestBefore(calendar, months, mention.quarter) ?? statedFor(calendar, months, null);
}

/**
 * Every period a listing mention names, in order: "three and six months ended June 30, 2018 and
 * 2017" gives four, "as of June 29, 2013 and December 29, 2012" two balances (months 0), "in
 * fiscal 2014, 2013 and 2012" three years. Lengths pair with dates when they are as many.
 */
export function resolvePeriods(mention: PeriodMention, calendar: Calendar, base: Period | null = null): Period[] {
  if (mention.kind === 'balance') return mention.ends.map((end) => ({ end, months: 0 }));
  if (mention.kind !== 'period') return [];
  // "the periods ended December 31, 2019, 2018 and 2017": dated periods of no stated length are as long as the one under report, else years.
  const lengths = mention.lengths.length > 0 ? mention.lengths : mention.months !== null ? [mention.months] : mention.ends.length > 0 ? [base?.months ?? 12] : [];
  // "13 and 39 weeks ended October 1, 2022 and October 2, 2021": every length to every date.
  if (mention.ends.length > 0 && lengths.length > 0) return lengths.flatMap((months) => mention.ends.map((end) => ({ end, months })));
  if (mention.years.length > 1 && lengths.length <= 1) {
    return mention.years.flatMap((year) => {
      const one = resolvePeriod({ ...mention, year, years: [year] }, base, calendar);
      return one ? [one] : [];
    });
  }
  const one = resolvePeriod(mention, base, calendar);
  return one ? [one] : [];
}

/**
 * When a mention dates an event, as precise as its words: a day "2005-05-31", a month "2005-02",
 * a quarter "2005-Q1" (a fiscal quarter placed in the calendar quarter most of it falls in), a year.
 * Days and months without a year take the latest such day up to the release date.
 */
export function eventDateOf(mention: PeriodMention, calendar: Calendar, base: Period | null): string | null {
  const anchor = calendar.anchor;
  const pad = (n: number) => String(n).padStart(2, '0');
  // The latest such day up to the release that exists: "February 29" goes back to a leap year.
  const latestYear = (month: number, day: number) => {
    if (!anchor) return null;
    for (let year = Number(anchor.slice(0, 4)), tries = 0; tries < 8; year--, tries++) {
      if (validDate(year, month, day) && isoDate(year, month, day) <= anchor) return year;
    }
    return null;
  };
  if (mention.kind === 'date') {
    if (mention.endDate) return mention.endDate;
    const year = mention.month && mention.day ? latestYear(mention.month, mention.day) : null;
    return year !== null ? `${year}-${pad(mention.month!)}-${pad(mention.day!)}` : null;
  }
  if (mention.kind === 'month') {
    if (mention.month === null) return mention.by && mention.year !== null ? `${mention.year}-12` : null;
    const year = mention.year ?? latestYear(mention.month, 1);
    return year !== null ? `${year}-${pad(mention.month)}` : null;
  }
  if (mention.kind === 'balance') return mention.endDate;
  const period = resolvePeriod(mention, base, calendar);
  if (!period) return null;
  // A half, nine months or a year: the calendar year it ends in ("during the nine months ended September 29, 1996").
  return period.months === 3 ? calendarQuarter(period.end) : period.end.slice(0, 4);
}
