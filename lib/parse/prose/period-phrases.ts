import { findDates, MONTH } from '../dates';
import { monthsIn } from '../periods';

/** A period a sentence speaks of: "the second quarter ended July 3, 2004", "in 2003", "a year ago". */
export type PeriodPhrase = {
  start: number;
  end: number;
  months: number | null;
  year: number | null;
  fiscal: boolean;
  quarter: number | null;
  /** A stated last day, when the phrase gives one. */
  endDate: string | null;
  /** The comparison period ("a year ago", "the prior year", "last year's third quarter"). */
  prior: boolean;
  /** "the same period in 1996": as long as the period under report, in another year. */
  same: boolean;
};

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const Y = String.raw`((?:19|20)\d{2})`;
const PRIOR = String.raw`(?:prior|previous|preceding|last|comparable|corresponding|year[- ]earlier|year[- ]ago)`;

// Each pattern with a word all its matches contain (null: none to test), so most patterns skip most sentences.
const PATTERNS: [RegExp | null, RegExp][] = [
  // "<length> ended <date>"
  [/end/i, new RegExp(String.raw`\b(?:(?:three|six|nine|twelve|3|6|9|12)[-\s]+months?|\d{1,2}[-\s]+weeks?|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter|(?:fiscal\s+)?(?:year|quarter)|period)(?:\s+periods?)?,?\s+(?:ended|ending)(?:\s+on)?\s+${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s*(?:19|20)\d{2}`, 'gi')],
  // "The 2003 earnings for the fourth quarter": the year stands before what the quarter is of.
  [/quarter/i, new RegExp(String.raw`\b${Y}\s+(?:\w+\s+){0,2}(?:for|in)\s+the\s+(first|second|third|fourth)\s+quarter\b`, 'gi')],
  // "second quarter of (fiscal) 2004", "the prior fiscal year's second quarter", "fourth-quarter",
  // "second quarter of Fiscal 1998, which ended November 2, 1997"
  [/quarter/i, new RegExp(String.raw`\b(?:${PRIOR}\s+(?:fiscal\s+)?year'?s\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:fiscal[-\s]+)?quarter(?:\s+(?:of|in|for)\s+(?:the\s+)?(?:(fiscal|FY)\s*${Y}|${Y}|${PRIOR}\s+(?:fiscal\s+)?year|fiscal\s+year\s+${Y}))?(?:,?\s+(?:which|that)\s+ended\s+${MONTH}\s+\d{1,2},?\s*(?:19|20)\d{2})?`, 'gi')],
  // "fiscal 2024 first quarter", "2004 second quarter", "Q4 2022", "Q1 fiscal 2023"
  [/quarter|Q[1-4]/i, new RegExp(String.raw`\b(?:(fiscal|FY)\s*)?${Y}\s+(first|second|third|fourth)[-\s]+quarter\b|\bQ([1-4])\s+(?:of\s+)?(?:(fiscal|FY)\s*)?${Y}|\b(?:(fiscal|FY)\s*)?${Y}\s+Q([1-4])\b`, 'gi')],
  // "first nine months of 1995", "six months", "first half of 2004"
  [/month|half/i, new RegExp(String.raw`\b(?:first\s+)?(nine|six|three|twelve)[-\s]+months?(?:\s+(?:of|in)\s+(?:(fiscal|FY)\s*)?${Y}|\s+of\s+(?:the|this)\s+(?:fiscal\s+)?year)?|\bfirst\s+half(?:\s+of\s+(?:(fiscal|FY)\s*)?${Y})?`, 'gi')],
  // "fiscal 1997", "fiscal year 2014", "full year 2004", "in 2003", "for 1994"
  [/(?:19|20)\d{2}/, new RegExp(String.raw`\b(?:(fiscal|FY)(?:\s+year)?\s*'?${Y}|(?:full[-\s]year|calendar\s+year|year)\s+${Y}|(?:in|for|of|during)\s+${Y}\b(?!\s*(?:first|second|third|fourth|Q)))`, 'gi')],
  // comparison periods
  [null, new RegExp(String.raw`\b(?:a\s+year\s+(?:ago|earlier)|(?:the\s+)?${PRIOR}[-\s]+(?:fiscal\s+)?(?:year|quarter|period)(?:'s)?(?:\s+period)?|(?:the\s+)?(?:same|comparable|corresponding|like)\s+(?:period|quarter|nine months|six months|three months)(?:\s+(?:of|in)\s+(?:the\s+)?(?:${PRIOR}\s+(?:fiscal\s+)?year|${Y}))?|last\s+year|(?:the\s+)?previous\s+year)\b`, 'gi')],
  // the period under report
  [/quarter|year/i, /\b(?:the|this)\s+(?:full[-\s]+|fiscal\s+|current\s+)?(quarter|year)\b|\bfull[-\s]year\b/gi],
];

const PRIOR_WORDS = new RegExp(String.raw`\b(?:a\s+year\s+(?:ago|earlier)|${PRIOR}|last\s+year|previous\s+year)\b`, 'i');

function fourDigit(raw: string | undefined): number | null {
  return raw ? Number(raw) : null;
}

function readPhrase(text: string, start: number, end: number): PeriodPhrase {
  const lower = text.toLowerCase();
  const date = findDates(text)[0];
  const ordinal = /\b(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:fiscal[-\s]+)?quarter|\bq([1-4])\b/i.exec(text);
  const years = [...text.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
  const same = /\b(?:same|comparable|corresponding|like)\s+(?:period|quarter)/i.test(text);
  const prior = (PRIOR_WORDS.test(text) || (same && years.length === 0)) && !date;
  return {
    start,
    end,
    // "the prior year" only says which year; the length is the period it is compared with.
    months: prior && !/quarter|months?|weeks?|half/.test(lower) ? null : (monthsIn(text) ?? (/\bfirst\s+half\b/.test(lower) ? 6 : null)),
    year: date ? date.year : (fourDigit(years.length ? String(years[years.length - 1]) : undefined)),
    fiscal: /\bfiscal\b|\bfy\b/.test(lower),
    quarter: ordinal ? (ordinal[1] ? ORD[ordinal[1].toLowerCase()]! : Number(ordinal[2])) : null,
    endDate: date?.iso ?? null,
    prior,
    same,
  };
}

// The prose and event readers both read a sentence's phrases: the most recent results are kept.
// Callers never change what they get back, so sharing it is safe.
const recent = new Map<string, readonly PeriodPhrase[]>();
const RECENT = 128;

/** Every period phrase in a sentence, in order, the longest where two overlap. */
export function findPeriodPhrases(text: string, offset = 0): readonly PeriodPhrase[] {
  const key = `${offset}:${text}`;
  const hit = recent.get(key);
  if (hit) return hit;
  const found = readPhrases(text, offset);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(key, found);
  return found;
}

function readPhrases(text: string, offset: number): PeriodPhrase[] {
  const matches: { index: number; text: string }[] = [];
  for (const [required, pattern] of PATTERNS) {
    if (required && !required.test(text)) continue;
    pattern.lastIndex = 0;
    // exec, not matchAll: matchAll clones the RegExp on every call, and this runs for every sentence.
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) matches.push({ index: m.index, text: m[0] });
  }
  // "the same period in 1996" over its "in 1996": the longest match wins, earlier patterns on a tie.
  const kept: { index: number; text: string }[] = [];
  for (const m of matches.map((m, order) => ({ ...m, order })).sort((a, b) => b.text.length - a.text.length || a.order - b.order)) {
    if (!kept.some((k) => k.index < m.index + m.text.length && m.index < k.index + k.text.length)) kept.push(m);
  }
  return kept.sort((a, b) => a.index - b.index).map((m) => readPhrase(m.text, offset + m.index, offset + m.index + m.text.length));
}
