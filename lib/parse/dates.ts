const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** A month name or its abbreviation ("Sept.", "December"), for use inside other patterns. */
export const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

/** 1–12 for a month name or abbreviation. */
export function monthNumber(name: string): number {
  return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()] ?? 0;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar date, or null ("February 30"). */
export function validDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoDate(year, month, day);
}

/** The same month and day `years` later (Feb 29 becomes Feb 28). */
export function shiftYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return isoDate(y + years, m, Math.min(d, daysInMonth(y + years, m)));
}

/** The last day of the month `months` after (negative: before) the month of `iso`. */
export function monthEndShift(iso: string, months: number): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, daysInMonth(year, month));
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export type FoundDate = { iso: string; year: number; month: number; day: number; start: number; end: number };

const FULL_DATE = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*((?:19|20)\d{2})\b`, 'gi');
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})\s+(${MONTH})\s*,?\s*((?:19|20)\d{2})\b`, 'gi');

const YEAR_DIGITS = /(?:19|20)\d{2}/;
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;

/** 1997 from "97", 2005 from "05"; four digits as they are. */
export function fullYear(raw: string): number {
  const year = Number(raw);
  return raw.length === 2 ? (year < 50 ? 2000 + year : 1900 + year) : year;
}

/** Every "July 27, 2005", "Dec. 20, 1996", "27 July 2005" or "6/30/97" (US order) in a text, in order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (year: number, month: number, day: number, start: number, end: number) => {
    const iso = validDate(year, month, day);
    if (iso) found.push({ iso, year, month, day, start, end });
  };
  // Month-name patterns are slow to scan; both need a four-digit year, and numeric dates a slash.
  if (YEAR_DIGITS.test(text)) {
    for (const m of text.matchAll(FULL_DATE)) add(Number(m[3]), monthNumber(m[1]!), Number(m[2]), m.index, m.index + m[0].length);
    for (const m of text.matchAll(DAY_FIRST)) add(Number(m[3]), monthNumber(m[2]!), Number(m[1]), m.index, m.index + m[0].length);
  }
  if (text.includes('/')) {
    for (const m of text.matchAll(NUMERIC)) add(fullYear(m[3]!), Number(m[1]), Number(m[2]), m.index, m.index + m[0].length);
  }
  return found.sort((a, b) => a.start - b.start);
}
