/** Date arithmetic on ISO day strings ("2005-07-27"); no words here, the lexicon has those. */

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

export function isoDate(year: number, month: number, day: number): string {
  return `${year >= 1000 ? year : String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
}

// The parts of an ISO day, read without splitting the string: every period comparison reads them.
const yearOf = (iso: string) => Number(iso.slice(0, 4));
const monthOf = (iso: string) => Number(iso.slice(5, 7));
const dayOf = (iso: string) => Number(iso.slice(8, 10));

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Arithmetic, not Date objects: every period comparison of a parse comes here.
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** A real calendar date, or null ("February 30"). */
export function validDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoDate(year, month, day);
}

/** The same month and day `years` later (Feb 29 becomes Feb 28). */
export function shiftYears(iso: string, years: number): string {
  const [y, m, d] = [yearOf(iso), monthOf(iso), dayOf(iso)];
  return isoDate(y + years, m, Math.min(d, daysInMonth(y + years, m)));
}

/** The last day of the month `months` after (negative: before) the month of `iso`. */
export function monthEndShift(iso: string, months: number): string {
  const index = yearOf(iso) * 12 + (monthOf(iso) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, daysInMonth(year, month));
}

/**
 * `months` months after (negative: before) `iso`, keeping its kind of day: a month's last day
 * stays a last day ("June 30" → "March 31"), another day keeps its number ("January 2" → "October 2",
 * within a week of a 52/53-week calendar's quarter end).
 */
export function shiftMonthsLike(iso: string, months: number): string {
  const [y, m, d] = [yearOf(iso), monthOf(iso), dayOf(iso)];
  if (d === daysInMonth(y, m)) return monthEndShift(iso, months);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Days since 1970-01-01 of an ISO day, by the civil-calendar formula (Howard Hinnant's days_from_civil). */
function dayNumber(iso: string): number {
  const [y0, m, d] = [yearOf(iso), monthOf(iso), dayOf(iso)];
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** `iso` moved by a number of days. */
export function addDays(iso: string, days: number): string {
  return dayToIso(dayNumber(iso) + days);
}

/** The ISO day of a day number since 1970-01-01 (Hinnant's civil_from_days, the inverse of dayNumber). */
function dayToIso(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return isoDate(yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/** 1997 from "97", 2005 from "05"; four digits as they are. */
export function fullYear(raw: string): number {
  const year = Number(raw);
  return raw.length === 2 ? (year < 50 ? 2000 + year : 1900 + year) : year;
}

/** The calendar quarter most of a period of `months` ending on `end` falls in: a quarter ending July 3 is Q2. */
export function calendarQuarter(end: string, months = 3): string {
  const middle = addDays(end, -Math.round((months * 30.4) / 2));
  return `${middle.slice(0, 4)}-Q${Math.floor((Number(middle.slice(5, 7)) - 1) / 3) + 1}`;
}

// A 52/53-week year ends within a week of the month end it is named by: "July 2" is "June 30".
const SAME_PERIOD_DAYS = 7;

/** Whether two periods are one: the same length, ends at most a week apart. */
export function samePeriod(a: { end: string; months: number }, b: { end: string; months: number }): boolean {
  return a.months === b.months && Math.abs(daysBetween(a.end, b.end)) <= SAME_PERIOD_DAYS;
}
