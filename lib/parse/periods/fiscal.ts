import type { Period } from '@/lib/domain/release';
import { TRAILING } from '../lexicon/calendar';
import { daysInMonth, isoDate, validDate } from './calendar-math';
import { runRule } from '../rules';
import { ENDED_RULE, findPeriodPhrases, readPhrase } from './phrases';
import { matchesOf } from '../text/regex';

/** What a release tells about its calendar: the periods it states, its fiscal year end, its date. */
export type Calendar = {
  /** The periods the release states, with the fiscal quarter when it says which. */
  stated: (Period & { quarter?: number | null })[];
  fiscalYearEnd: [number, number] | null;
  /** The release date: a year-less "fourth quarter" is the latest one that ended before it. */
  anchor: string | null;
};

export type StatedPeriod = Period & {
  start: number;
  stop: number;
  /** Said as a (fiscal) year or a fourth quarter: its end is the fiscal year end. */
  yearEnd: boolean;
  /** 1–4 when said as "the third quarter ended …". */
  quarter: number | null;
};

// An "ended" phrase spans its length words before the verb and its dates after: windows this wide hold one.
const BEFORE_ENDED = 160;
const AFTER_ENDED = 200;
const ENDED_WORD = /\b(?:ended|ending)\b/gi;

/** The stretches around every "ended": only they can hold a stated period, and scanning them is cheaper than the text. */
function endedWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of matchesOf(ENDED_WORD, text)) {
    // Start at a word's start, never inside one, so a window reads no word its text does not.
    const back = Math.max(0, m.index - BEFORE_ENDED);
    const space = back === 0 ? 0 : text.slice(back, m.index).search(/\s/);
    const start = space < 0 ? m.index : back + space + (back === 0 ? 0 : 1);
    const end = Math.min(text.length, m.index + AFTER_ENDED);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else windows.push([start, end]);
  }
  return windows;
}

/** Every "<length> ended <date>" the release states, in order: what its figures cover. */
export function findStatedPeriods(text: string): StatedPeriod[] {
  const periods: StatedPeriod[] = [];
  const found = endedWindows(text).flatMap(([start, end]) => runRule(ENDED_RULE, text.slice(start, end), start)).map(readPhrase);
  for (const m of found) {
    if (m.months === null || m.endDate === null) continue;
    const phrase = text.slice(m.start, m.end);
    const lengthWords = phrase.slice(0, phrase.search(/\b(?:ended|ending)\b/i));
    // "the trailing twelve months", "the last four quarters" run to any quarter's end; "the last fiscal year" is a year.
    const counted = /\b(?:\w+[-\s]+months?|\w+\s+quarters|\d+\s+weeks?)\b/i.test(lengthWords);
    const trailing = (counted && /\b(?:trailing|last|latest|past)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start))) || TRAILING.test(phrase);
    const yearEnd = !trailing && (/\byears?\b/i.test(lengthWords) || /fourth|4th/i.test(lengthWords) || /\b5[23][-\s]+weeks?\b/i.test(lengthWords));
    // "three and nine months ended September 30, 2021 and 2020": each length for each date, the one nearest "ended" first.
    const lengths = [m.months, ...m.lengths.filter((l) => l !== m.months)];
    for (const months of lengths) {
      for (const end of m.ends) periods.push({ end, months, start: m.start, stop: m.end, yearEnd: yearEnd && months === m.months, quarter: months === 3 ? m.quarter : null });
    }
  }
  return periods;
}

/**
 * The month and day the fiscal year ends: a stated year's end, else a stated quarter's end moved
 * forward to the fourth quarter ("third quarter ended June 30" gives September 30).
 */
export function fiscalYearEnd(stated: StatedPeriod[]): [number, number] | null {
  const year = stated.find((p) => p.yearEnd);
  if (year) return [Number(year.end.slice(5, 7)), Number(year.end.slice(8, 10))];
  const quarter = stated.find((p) => p.quarter !== null);
  if (!quarter) return null;
  const [y, m, d] = quarter.end.split('-').map(Number) as [number, number, number];
  const monthEnd = d === daysInMonth(y, m);
  const month = ((m - 1 + 3 * (4 - quarter.quarter!)) % 12) + 1;
  const year4 = y + Math.floor((m - 1 + 3 * (4 - quarter.quarter!)) / 12);
  return [month, monthEnd ? daysInMonth(year4, month) : Math.min(d, daysInMonth(year4, month))];
}

/** How far into the release its opening runs: the headline and first paragraphs that say which period it reports. */
export const OPENING_CHARS = 4000;

/**
 * The fiscal year end a release implies when it names its quarter apart from the quarter's dates:
 * "third quarter of fiscal 2024" in the opening, "13-week fiscal quarter ended November 2, 2024"
 * beside it. Null when the opening names no quarter or states none.
 */
export function fiscalYearEndFromOpening(text: string, stated: StatedPeriod[], openingStart: number): [number, number] | null {
  const named = findPeriodPhrases(text.slice(openingStart, openingStart + OPENING_CHARS), openingStart).find((p) => p.quarter !== null && !p.prior);
  const quarter = stated.find((p) => p.months === 3 && p.start >= openingStart && p.start < openingStart + OPENING_CHARS);
  return named && quarter ? fiscalYearEnd([{ ...quarter, quarter: named.quarter }]) : null;
}

/**
 * The last day of fiscal (or calendar) year `year`. A year ending in the first days of January
 * or February is named for the year before, where nearly all of it falls (a fiscal 2003 that
 * ended January 3, 2004).
 */
export function yearEnd(calendar: Calendar, year: number, fiscal: boolean): string {
  const [month, day] = fiscal || calendar.fiscalYearEnd ? (calendar.fiscalYearEnd ?? [12, 31]) : [12, 31];
  const endYear = month <= 2 && day <= 7 ? year + 1 : year;
  return validDate(endYear, month, Math.min(day, daysInMonth(endYear, month))) ?? isoDate(year, 12, 31);
}

/** Which fiscal quarter a three-month period is, by the fiscal year end (December if unknown). */
export function fiscalQuarterOf(period: Period, calendar: Calendar): number | null {
  if (period.months !== 3) return null;
  const fyMonth = (calendar.fiscalYearEnd ?? [12, 31])[0];
  const monthsBeforeYearEnd = (fyMonth - Number(period.end.slice(5, 7)) + 12) % 12;
  return monthsBeforeYearEnd % 3 === 0 ? 4 - monthsBeforeYearEnd / 3 : null;
}
