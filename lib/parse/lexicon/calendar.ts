import { trieOf } from './patterns';

/** Month names and their abbreviations, to 1–12 (as chrono's MONTH_DICTIONARY). */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/**
 * A month name or abbreviation with an optional period ("Sept.", "December"). Written as a prefix
 * tree rather than built with anyOf: it sits inside most date patterns, and this form scans fastest.
 * A unit test checks it matches exactly the words of MONTHS.
 */
export const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

/** 1–12 for a month name or abbreviation; 0 if it is none. */
export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}

/** A day of the week, as a dateline or a date writes it ("on Friday, October 31"). */
export const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;

/** Ordinals a release uses for quarters and halves. */
export const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
export const ORDINAL = trieOf(Object.keys(ORDINALS));

/** Number words for counts of months, weeks and quarters ("nine months", "thirty-nine weeks"). */
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };
export const NUMBER_WORDS: Record<string, number> = { ...UNITS, ...TEENS, ...TENS };
/** A count: a number word ("thirteen", "twenty-six", "Fifty Two") or one or two digits. */
export const COUNT = String.raw`(?:${trieOf(Object.keys(TENS))}(?:[-\s]?${trieOf(Object.keys(UNITS))})?|${trieOf(Object.keys(TEENS))}|${trieOf(Object.keys(UNITS))}|\d{1,2})`;

/** The number a count word or digits stand for. */
export function countValue(word: string): number | null {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  const parts = word.toLowerCase().split(/[-\s]+/);
  if (parts.some((p) => NUMBER_WORDS[p] === undefined)) return null;
  return parts.reduce((sum, p) => sum + NUMBER_WORDS[p]!, 0);
}

/** Words that make a period the company's own calendar: "fiscal 2024", "FY24". */
export const FISCAL = String.raw`(?:fiscal|FY)`;
/** Words that put a period a year before the one under report: "the prior year", "a year ago". */
export const PRIOR = String.raw`(?:prior|previous|preceding|last|comparable|corresponding|year[- ]earlier|year[- ]ago)`;
/** "the same period", "the comparable quarter": as long as the period under report. */
export const SAME = String.raw`(?:same|comparable|corresponding|like)`;
/** A column or phrase that runs from the start of the fiscal year. */
export const YEAR_TO_DATE = /\byear[-\s]+to[-\s]+date\b|\bytd\b/i;
/** Trailing-twelve-month figures. */
export const TRAILING = /\btrailing\b|\bTTM\b|\bLTM\b|last\s+twelve\s+months/i;
/** Days named relative to the release date, as days after it. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1 };
/** A four-digit year of the last or this century. */
export const YEAR = String.raw`(?:19|20)\d{2}`;

/** Words of a table's column headers that name a period (or a change between periods). */
export const COLUMN_HEADER = new RegExp(
  String.raw`\b(?:19|20)\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b${MONTH}\s+\d{1,2}\b|\b(?:three|six|nine|twelve|\d{1,2})[-\s]*(?:months?|weeks?)\b|\bquarters?\b|\byears?\b|\bended\b|\bending\b|\bfiscal\b|\bhistorical\b|\bpro\s*forma\b|%\s*change|percent|\bQ[1-4]\b|\bFY\s*'?\d{2}\b|\bYTD\b|\bto date\b|\bas reported\b|\bfirst half\b`,
  'i',
);
