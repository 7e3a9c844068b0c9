/** The one reader of periods and dates: tables, prose, customers and events all read time through it. */
export { addDays, calendarQuarter, daysBetween, daysInMonth, fullYear, isoDate, monthEndShift, samePeriod, shiftYears, validDate } from './calendar-math';
export { findDates, type FoundDate } from './dates';
export { fiscalQuarterOf, fiscalYearEnd, fiscalYearEndFromOpening, findStatedPeriods, yearEnd, type Calendar, type StatedPeriod } from './fiscal';
export { lengthsIn, monthsIn, weeksToMonths } from './lengths';
export { listTails } from './lists';
export type { PeriodMention } from './mention';
export { findMentions, findPeriodPhrases, mentionsIn, periodPhrases, YEAR_BEFORE_NOUN } from './phrases';
export { eventDateOf, resolvePeriod, resolvePeriods } from './resolve';
