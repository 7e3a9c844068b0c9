import * as chrono from 'chrono-node';
import type { Period } from '@/lib/domain/release';
import { MONTH, monthNumber } from '../lexicon/calendar';
import { findDates, findPeriodPhrases, resolvePeriod, type Calendar } from '../periods';

/** A date an event sentence gives, as precise as it says: "2005-05-31", "2005-02", "2005-Q1", "2005". */
export type DateMention = { date: string; start: number; end: number; cue: string };

const MONTH_YEAR = new RegExp(String.raw`\b(?:in\s+|during\s+|since\s+|from\s+)?(?:early\s+|late\s+|mid-?)?(${MONTH})\s+(?:of\s+)?((?:19|20)\d{2})\b`, 'gi');
const MONTH_ALONE = new RegExp(String.raw`\bin\s+(${MONTH})(?:\s+of\s+this\s+year)?\b(?!\s+\d)`, 'gi');
const YEAR_END = /\bby\s+(?:the\s+)?(?:end\s+of\s+|year-?end\s+)((?:19|20)\d{2})\b|\bby\s+year-?end\s+((?:19|20)\d{2})\b/gi;
const MONTH_NAMED = new RegExp(MONTH, 'i');
const MONTH_DAY = new RegExp(String.raw`\bon\s+(${MONTH})\s+(\d{1,2})\b(?!,?\s*(?:19|20)\d{2})`, 'gi');
// Words that date an event from the release date: chrono-node reads them.
const RELATIVE = /\b(?:today|tomorrow|yesterday|last|next|this)\b/i;
// What chrono could read into a date we keep ("last week", "next two months", "today"; not "last year").
const RELATIVE_DATE = new RegExp(
  String.raw`\b(?:today|tonight|tomorrow|yesterday|(?:last|next|this)\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|weekends?|months?|quarters|years|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|${MONTH}))\b`,
  'i',
);

/** The calendar quarter most of a three-month period falls in: a fiscal quarter ending July 3 is Q2. */
function quarterOf(period: Period): string {
  const middle = new Date(`${period.end}T00:00:00Z`);
  middle.setUTCDate(middle.getUTCDate() - 45);
  return `${middle.getUTCFullYear()}-Q${Math.floor(middle.getUTCMonth() / 3) + 1}`;
}

/** Every date a sentence gives, with what precedes it ("payable", "effective"). */
export function dateMentions(text: string, offset: number, calendar: Calendar, base: Period | null): DateMention[] {
  const found: DateMention[] = [];
  const add = (date: string, start: number, end: number) => {
    if (found.some((f) => f.start < offset + end && offset + start < f.end)) return;
    found.push({ date, start: offset + start, end: offset + end, cue: text.slice(Math.max(0, start - 25), start).toLowerCase() });
  };
  for (const d of findDates(text)) add(d.iso, d.start, d.end);
  for (const m of text.matchAll(YEAR_END)) add(`${m[1] ?? m[2]}-12`, m.index, m.index + m[0].length);
  // The three month-name patterns are slow to scan; one quick test skips them where no month is named.
  const months = MONTH_NAMED.test(text);
  for (const m of months ? text.matchAll(MONTH_YEAR) : []) add(`${m[2]}-${String(monthNumber(m[1]!)).padStart(2, '0')}`, m.index, m.index + m[0].length);
  if (calendar.anchor) {
    const [year, month] = calendar.anchor.split('-').map(Number) as [number, number];
    for (const m of months ? text.matchAll(MONTH_ALONE) : []) {
      const named = monthNumber(m[1]!);
      add(`${named > month ? year - 1 : year}-${String(named).padStart(2, '0')}`, m.index, m.index + m[0].length);
    }
    // "sold on July 17": the most recent July 17 up to the release.
    for (const m of months ? text.matchAll(MONTH_DAY) : []) {
      const named = monthNumber(m[1]!);
      const day = String(Number(m[2])).padStart(2, '0');
      add(`${named > month ? year - 1 : year}-${String(named).padStart(2, '0')}-${day}`, m.index, m.index + m[0].length);
    }
    // "today", "tomorrow", "last week", "next month": relative to the release date.
    // chrono is slow; it only runs where a relative word could give it something we keep.
    const reference = new Date(`${calendar.anchor}T12:00:00Z`);
    for (const result of RELATIVE_DATE.test(text) ? chrono.casual.parse(text, reference) : []) {
      if (!RELATIVE.test(result.text) || /\b(?:quarter|year)\b/i.test(result.text)) continue;
      const day = result.start.date().toISOString().slice(0, 10);
      add(result.start.isCertain('day') ? day : day.slice(0, 7), result.index, result.index + result.text.length);
    }
  }
  for (const phrase of findPeriodPhrases(text, offset)) {
    const period = resolvePeriod(phrase, base, calendar);
    if (!period) continue;
    const date = period.months === 3 ? quarterOf(period) : period.months === 12 && !phrase.endDate ? period.end.slice(0, 4) : null;
    if (date) add(date, phrase.start - offset, phrase.end - offset);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * When an event happened or will, from the dates its sentence gives: the one after a cue
 * ("payable", "effective") first, else the one nearest the trigger.
 */
export function nearestDate(all: DateMention[], triggerAt: number, cue?: RegExp): string | null {
  if (all.length === 0) return null;
  const cued = cue ? all.find((m) => cue.test(m.cue)) : undefined;
  if (cued) return cued.date;
  // A date after the trigger is its own; one before it usually belongs to an earlier clause.
  const distance = (m: DateMention) => (m.start >= triggerAt ? m.start - triggerAt : (triggerAt - m.end) * 3);
  return [...all].sort((a, b) => distance(a) - distance(b))[0]!.date;
}
