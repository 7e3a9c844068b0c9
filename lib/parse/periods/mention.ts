import { FISCAL, MONTH, monthNumber, ORDINALS, PRIOR, SAME, YEAR, YEAR_TO_DATE } from '../lexicon/calendar';
import { daysInMonth, isoDate, validDate } from './calendar-math';
import { findDates } from './dates';
import { lengthsIn, monthsIn } from './lengths';
import { matchesOf } from '../text/regex';

/**
 * What a phrase says about time, as written; placing it in the calendar is resolve.ts's work.
 * `kind` tells a stretch of time a figure covers ("the second quarter of 2004") from a day
 * ("May 31, 2005"), a month ("February 2005") or a balance date ("as of June 30, 2018").
 */
export type PeriodMention = {
  rule: string;
  kind: 'period' | 'balance' | 'date' | 'month';
  start: number;
  end: number;
  /** The length in months the phrase speaks of; null when it leaves it to the context ("the prior year"). */
  months: number | null;
  /** Every length a list names, in order: "three and nine months" gives [3, 9]. */
  lengths: number[];
  /** The first year named (for a dated phrase, the date's year). */
  year: number | null;
  /** Every year a list names, in order ("in 2004 and 2003"). */
  years: number[];
  /** The stated last day, if the phrase gives one. */
  endDate: string | null;
  /** Every stated day, in order ("June 30, 2018 and 2017" gives two, the second taking the first's day). */
  ends: string[];
  fiscal: boolean;
  /** 1–4 for "the third quarter", "Q3". */
  quarter: number | null;
  /** The comparison period: "a year ago", "the prior year", "last year's third quarter". */
  prior: boolean;
  /** "the same period in 1996": as long as the period under report, in another year. */
  same: boolean;
  /** "Year to date": from the start of the fiscal year to the stated end. */
  toDate: boolean;
  /** For a month or a day written without a year ("in June", "on July 17"). */
  month: number | null;
  day: number | null;
  /** "by the end of 2005": a deadline, not a stretch. */
  by: boolean;
};

const PRIOR_WORDS = new RegExp(String.raw`\b(?:(?:a|the)\s+year[-\s]+(?:ago|earlier)|${PRIOR}|last\s+year|previous\s+year)\b`, 'i');
const SAME_WORDS = new RegExp(String.raw`\b${SAME}\s+(?:period|quarter)`, 'i');
const ORDINAL_QUARTER = /\b(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:fiscal[-\s]+)?quarter|\bq([1-4])\b|\b([1-4])q\b/i;
const FISCAL_WORD = new RegExp(String.raw`\b${FISCAL}\b|\bFY\d`, 'i');
const YEARS = new RegExp(String.raw`(?:\b|(?<=FY))(${YEAR})\b|\b(?:FY|fiscal\s*)'?(\d{2})\b`, 'gi');
const BARE_YEAR = new RegExp(String.raw`\b(${YEAR})\b`, 'g');
const MONTH_NAME = new RegExp(MONTH, 'i');
const DAYLESS = new RegExp(String.raw`(${MONTH})\s+(\d{1,2})\b(?![,\s]*${YEAR})`, 'i');

/** "June 29, 2013 and December 29, 2012", "December 31, 2019, 2018, and 2017": every date, bare years taking the first date's day. */
function datesIn(text: string): string[] {
  const full = findDates(text);
  if (full.length === 0) return [];
  const ends = full.map((d) => d.iso);
  const [month, day] = [full[0]!.month, full[0]!.day];
  const tail = text.slice(full[0]!.end);
  for (const m of matchesOf(BARE_YEAR, tail)) {
    const year = Number(m[1]);
    if (!ends.some((e) => e.startsWith(String(year)))) ends.push(validDate(year, month, day) ?? isoDate(year, month, daysInMonth(year, month)));
  }
  return ends;
}

function yearsIn(text: string): number[] {
  return matchesOf(YEARS, text).map((m) => (m[1] ? Number(m[1]) : 2000 + Number(m[2])));
}

/** Reads what a matched phrase says; every rule's match goes through here, so all phrases mean the same. */
export function readMention(rule: string, kind: PeriodMention['kind'], text: string, start: number): PeriodMention {
  // Each test below needs a digit or a "q" to match: phrases without them skip it.
  const digits = /\d/.test(text);
  const ends = kind === 'month' || !digits ? [] : datesIn(text);
  const years = digits ? yearsIn(text) : [];
  const ordinal = /q/i.test(text) ? ORDINAL_QUARTER.exec(text) : null;
  const same = SAME_WORDS.test(text);
  const prior = (PRIOR_WORDS.test(text) || (same && years.length === 0)) && ends.length === 0;
  const lower = text.toLowerCase();
  // "the first quarter … ended October 31": a period may end on a day without its year, too.
  const dayless = (kind === 'date' || kind === 'period') && ends.length === 0 ? DAYLESS.exec(text) : null;
  const monthName = kind === 'month' || kind === 'date' ? MONTH_NAME.exec(text)?.[0] : dayless?.[1];
  return {
    rule,
    kind,
    start,
    end: start + text.length,
    // "the prior year" only says which year; its length is that of the period it is compared with.
    months: kind !== 'period' ? null : prior && !/quarter|months?|weeks?|half/.test(lower) ? null : (monthsIn(text) ?? (/\bfirst\s+half\b/.test(lower) ? 6 : null)),
    lengths: kind === 'period' ? lengthsIn(text) : [],
    year: ends.length > 0 ? Number(ends[0]!.slice(0, 4)) : (years[0] ?? null),
    years,
    endDate: ends[0] ?? null,
    ends,
    fiscal: FISCAL_WORD.test(text),
    quarter: ordinal ? (ordinal[1] ? ORDINALS[ordinal[1].toLowerCase()]! : Number(ordinal[2] ?? ordinal[3])) : null,
    prior,
    same,
    toDate: YEAR_TO_DATE.test(text),
    month: monthName ? monthNumber(monthName) : null,
    day: dayless ? Number(dayless[2]) : null,
    by: /^by\b/i.test(text),
  };
}
