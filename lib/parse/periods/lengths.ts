import { COUNT, countValue } from '../lexicon/calendar';
import { matchesOf } from '../text/regex';

/** Months in a run of weeks: 13 (or 12, 14, 16) weeks make a quarter, 52 or 53 a year. */
export function weeksToMonths(weeks: number): number | null {
  if (weeks >= 12 && weeks <= 17) return 3;
  if (weeks >= 24 && weeks <= 28) return 6;
  if (weeks >= 36 && weeks <= 41) return 9;
  if (weeks >= 50 && weeks <= 53) return 12;
  return null;
}

const MONTHS_PHRASE = new RegExp(String.raw`\b(${COUNT})[-\s]+months?\b`, 'i');
const WEEKS_PHRASE = new RegExp(String.raw`\b(${COUNT})[-\s]+weeks?\b`, 'i');
const QUARTERS_PHRASE = new RegExp(String.raw`\b(two|three|four|2|3|4)\s+(?:fiscal\s+)?quarters\b`, 'i');
const QUARTER_PHRASE = /\b(?:quarters?|qtr|q[1-4]|three[-\s]month)\b/i;
const HALF_PHRASE = /\b(?:half|six[-\s]month|semi-?annual)\b/i;
const YEAR_PHRASE = /\b(?:years?|annual|fiscal|twelve[-\s]month|full[-\s]year|fy)\b/i;
const SENSIBLE_MONTHS = new Set([3, 6, 9, 12]);

/** The length in months a phrase speaks of ("13 weeks ended", "nine months", "fiscal year"), if any. */
export function monthsIn(text: string): number | null {
  const months = MONTHS_PHRASE.exec(text);
  if (months) {
    const value = countValue(months[1]!);
    return value !== null && SENSIBLE_MONTHS.has(value) ? value : null;
  }
  const weeks = WEEKS_PHRASE.exec(text);
  if (weeks) return weeksToMonths(countValue(weeks[1]!) ?? 0);
  const quarters = QUARTERS_PHRASE.exec(text);
  if (quarters) return 3 * (countValue(quarters[1]!) ?? 1);
  if (QUARTER_PHRASE.test(text)) return 3;
  if (HALF_PHRASE.test(text)) return 6;
  if (YEAR_PHRASE.test(text)) return 12;
  return null;
}

const LENGTH_PART = new RegExp(String.raw`\b(${COUNT})(?=(?:\s*(?:,|and|or)\s*${COUNT})*[-\s]+(?:months?|weeks?)\b)|\b(${COUNT})[-\s]+(months?|weeks?)\b|\b(?:(two|three|four)\s+(?:fiscal\s+)?)?(quarters?)\b|\b(half|years?)\b`, 'gi');

/**
 * Every length a phrase lists, in order: "three and nine months" gives [3, 9], "quarter and three
 * quarters" [3, 9], "13 and 39 weeks" [3, 9], "year" [12]. Empty when it names none.
 */
export function lengthsIn(text: string): number[] {
  const unit = /weeks?\b/i.test(text) && !/months?\b/i.test(text) ? 'weeks' : 'months';
  const out: number[] = [];
  for (const m of matchesOf(LENGTH_PART, text)) {
    const count = m[1] ?? m[2];
    if (count !== undefined) {
      const value = countValue(count) ?? 0;
      const months = (m[3] ?? unit).startsWith('week') ? weeksToMonths(value) : SENSIBLE_MONTHS.has(value) ? value : null;
      if (months) out.push(months);
    } else if (m[5]) out.push(3 * (m[4] ? countValue(m[4])! : 1));
    else if (m[6]) out.push(/half/i.test(m[6]) ? 6 : 12);
  }
  return [...new Set(out)];
}
