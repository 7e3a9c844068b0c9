import * as chrono from 'chrono-node';
import type { Period } from '@/lib/domain/release';
import { MONTH, RELATIVE_DAYS, WEEKDAY } from '../lexicon/calendar';
import { anyOf } from '../lexicon/patterns';
import { matchesOf } from '../text/regex';
import type { Sentence } from '../prose/sentences';
import { eventDateOf, mentionsIn, validDate, type Calendar, type PeriodMention } from '../periods';
import { addDays } from '../periods/calendar-math';

/** A date a sentence gives, as precise as it says: "2005-05-31", "2005-02", "2005-Q1", "2005". */
export type DateMention = { date: string; start: number; end: number; cue: string; kind: PeriodMention['kind'] | 'relative' };

const STATE_BOUND = /\b(?:since|through|until|till|thru)\s+$/i;
// "notes due 2031", "debentures maturing in March 2030": when a debt falls due, not when anything happened.
const MATURITY = /\b(?:due|maturing|matures|maturity\s+(?:date\s+)?(?:of|in|on))\s+(?:in\s+|on\s+)?$/i;
const STATE_OPENER = /^(?:since|through|until|from)\b/i;
// "based on the closing price of its stock on Tuesday, November 11": the day a price was read, not when anything happened.
const PRICE_DAY = /\bclosing\s+(?:[\w-]+\s+){0,2}price\b[^.;]{0,40}$/i;
const WEEKDAY_BEFORE = new RegExp(String.raw`\b${WEEKDAY},?\s*$`, 'i');
const CUE_CHARS = 60;
// "today", "tomorrow": a day the release date gives at once.
const RELATIVE_DAY = new RegExp(String.raw`\b${anyOf(Object.keys(RELATIVE_DAYS))}\b`, 'gi');
// "last week", "next two months", "this Friday", "next March": chrono-node reads these; not "last
// year", which a period reader reads, nor "the last day of the quarter". A month is one only when
// capitalised: "this information may …".
const RELATIVE_WORD = String.raw`\b(?:[Ll]ast|[Nn]ext|[Tt]his|LAST|NEXT|THIS)\s+(?:[\w-]+\s+){0,2}`;
const RELATIVE_SPAN = new RegExp(String.raw`${RELATIVE_WORD}(?:(?:[Dd]ays|[Ww]eeks?|[Ww]eekends?|[Mm]onths?|[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight|${WEEKDAY})\b|${MONTH}(?!\w))`, 'g');
const CHRONO_KEEPS = /\b(?:last|next|this)\b/i;

/** "today" and its kin, counted from the release date. */
function relativeDays(text: string, offset: number, anchor: string): DateMention[] {
  return matchesOf(RELATIVE_DAY, text).map((m) => ({
    date: addDays(anchor, RELATIVE_DAYS[m[0].toLowerCase()]!),
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    cue: '',
    kind: 'relative' as const,
  }));
}

/** "last week", "next Tuesday": each phrase read by chrono-node alone, as it is slow over a whole sentence. */
function relativeSpans(text: string, offset: number, anchor: string): DateMention[] {
  const reference = new Date(`${anchor}T12:00:00Z`);
  return matchesOf(RELATIVE_SPAN, text).flatMap((m) =>
    chrono.casual
      .parse(m[0], reference)
      .filter((r) => CHRONO_KEEPS.test(r.text) && !/\b(?:quarter|year)\b/i.test(r.text))
      .map((r) => {
        const day = r.start.date().toISOString().slice(0, 10);
        const start = offset + m.index + r.index;
        return { date: r.start.isCertain('day') ? day : day.slice(0, 7), start, end: start + r.text.length, cue: '', kind: 'relative' as const };
      }),
  );
}

function relativeDates(text: string, offset: number, anchor: string): DateMention[] {
  return [...relativeDays(text, offset, anchor), ...relativeSpans(text, offset, anchor)];
}

/** The words before a date, less a weekday: "payable on Friday, June 28" is cued by "payable on". */
function cueBefore(text: string, at: number): string {
  const cue = text.slice(Math.max(0, at - CUE_CHARS), at).toLowerCase();
  return /day,?\s*$/.test(cue) ? cue.replace(WEEKDAY_BEFORE, '') : cue;
}

// "expects to close in the fourth quarter", "will record a charge in the third quarter": told as ahead.
const AHEAD = /\b(?:will|shall|expects?|expected|anticipates?|anticipated|plans?|planned|scheduled|intends?|intended|upcoming|coming)\b/i;
// …and the quarter is when it happens ("in the fourth quarter"), not a name for what happened ("the second quarter special charges").
const WHEN = /\b(?:in|during|by|before|until|within|through)\s+(?:the\s+)?(?:(?:company['’]s|its|our)\s+)?(?:fiscal\s+)?$/i;

/** The calendar quarter after "2029-Q4" a year on, when a quarter told as ahead was read as the last one before the release. */
function ahead(date: string, anchor: string | null, told: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
  if (!quarter || !anchor || !AHEAD.test(told) || !WHEN.test(told)) return date;
  const endMonth = Number(quarter[2]) * 3;
  const ended = `${quarter[1]}-${String(endMonth).padStart(2, '0')}-28` < anchor;
  return ended ? `${Number(quarter[1]) + 1}-Q${quarter[2]}` : date;
}

// How far before a day without its year a word telling what is ahead ("will join … on May 15") may stand.
const AHEAD_DAY_CHARS = 60;

/** "will join the Company on May 15", told on May 1: a day or month without its year, told as ahead, is the next such one. */
function aheadDay(date: string, anchor: string | null, told: string): string {
  if (!anchor || date >= anchor.slice(0, date.length) || !AHEAD.test(told.slice(-AHEAD_DAY_CHARS))) return date;
  const next = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
  // "February 29" has no next such day every year: it stays the one before.
  return date.length === 10 && validDate(Number(next.slice(0, 4)), Number(next.slice(5, 7)), Number(next.slice(8))) === null ? date : next;
}

/** A quarter, month or day named without its year, in a sentence that tells what is ahead, is the next such one. */
function placedAhead(date: string, m: PeriodMention, anchor: string | null, told: string): string {
  if (m.year !== null || m.prior) return date;
  if (m.kind === 'period') return m.quarter !== null ? ahead(date, anchor, told) : date;
  return (m.kind === 'date' || m.kind === 'month') && m.endDate === null ? aheadDay(date, anchor, told) : date;
}

/** Every date a sentence gives, with the words just before it ("payable", "effective"). */
export function dateMentions(sentence: Sentence, calendar: Calendar, base: Period | null): DateMention[] {
  const { text, start: offset } = sentence;
  const found: DateMention[] = [];
  for (const m of mentionsIn(sentence)) {
    const read = eventDateOf(m, calendar, base);
    const date = read && placedAhead(read, m, calendar.anchor, text.slice(0, m.start - offset));
    if (!date) continue;
    const cue = cueBefore(text, m.start - offset);
    // "Chairman since October 2024", "capacity through 2032", "notes due 2031": a state's bounds or a
    // debt's maturity, not when anything happened.
    if (!STATE_BOUND.test(cue) && !MATURITY.test(cue) && !PRICE_DAY.test(cue) && !STATE_OPENER.test(text.slice(m.start - offset, m.end - offset))) found.push({ date, start: m.start, end: m.end, cue, kind: m.kind });
  }
  if (calendar.anchor) {
    for (const r of relativeDates(text, offset, calendar.anchor)) {
      if (!found.some((f) => f.start < r.end && r.start < f.end)) found.push({ ...r, cue: cueBefore(text, r.start - offset) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * When an event happened or will, from the dates around its trigger: one after a cue ("payable
 * on") first, else the nearest, a date after the trigger counting as nearer than one before it
 * (which usually belongs to an earlier clause).
 */
export function nearestDate(all: DateMention[], triggerAt: number, cue?: RegExp): string | null {
  if (all.length === 0) return null;
  if (cue) for (const m of all) if (cue.test(m.cue)) return m.date;
  let best = all[0]!;
  let bestDistance = Infinity;
  for (const m of all) {
    const distance = m.start >= triggerAt ? m.start - triggerAt : (triggerAt - m.end) * 3;
    if (distance < bestDistance) [best, bestDistance] = [m, distance];
  }
  return best.date;
}
