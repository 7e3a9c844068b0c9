import * as chrono from 'chrono-node';
import type { Period } from '@/lib/domain/release';
import { MONTH, RELATIVE_DAYS, WEEKDAY } from '../lexicon/calendar';
import { anyOf } from '../lexicon/patterns';
import type { Sentence } from '../prose/sentences';
import { eventDateOf, mentionsIn, type Calendar, type PeriodMention } from '../periods';

/** A date a sentence gives, as precise as it says: "2005-05-31", "2005-02", "2005-Q1", "2005". */
export type DateMention = { date: string; start: number; end: number; cue: string; kind: PeriodMention['kind'] | 'relative' };

const STATE_BOUND = /\b(?:since|through|until|till|thru)\s+$/i;
const STATE_OPENER = /^(?:since|through|until|from)\b/i;
const WEEKDAY_BEFORE = new RegExp(String.raw`\b${WEEKDAY},?\s*$`, 'i');
const CUE_CHARS = 60;
// Words that date an event from the release date: chrono-node reads them.
const RELATIVE = /\b(?:today|tomorrow|yesterday|last|next|this)\b/i;
// What chrono could read into a date we keep ("last week", "next two months", "today"; not "last year").
const RELATIVE_DATE = new RegExp(
  String.raw`\b(?:${anyOf(RELATIVE_DAYS)}|(?:last|next|this)\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|weekends?|months?|morning|afternoon|evening|night|${WEEKDAY}|${MONTH}))\b`,
  'i',
);

function relativeDates(text: string, offset: number, anchor: string): DateMention[] {
  if (!RELATIVE_DATE.test(text)) return [];
  // chrono is slow; it only runs where a relative word could give it something we keep.
  const reference = new Date(`${anchor}T12:00:00Z`);
  return chrono.casual
    .parse(text, reference)
    .filter((r) => RELATIVE.test(r.text) && !/\b(?:quarter|year)\b/i.test(r.text))
    .map((r) => {
      const day = r.start.date().toISOString().slice(0, 10);
      return { date: r.start.isCertain('day') ? day : day.slice(0, 7), start: offset + r.index, end: offset + r.index + r.text.length, cue: '', kind: 'relative' as const };
    });
}

/** The words before a date, less a weekday: "payable on Friday, June 28" is cued by "payable on". */
function cueBefore(text: string, at: number): string {
  const cue = text.slice(Math.max(0, at - CUE_CHARS), at).toLowerCase();
  return /day,?\s*$/.test(cue) ? cue.replace(WEEKDAY_BEFORE, '') : cue;
}

/** Every date a sentence gives, with the words just before it ("payable", "effective"). */
export function dateMentions(sentence: Sentence, calendar: Calendar, base: Period | null): DateMention[] {
  const { text, start: offset } = sentence;
  const found: DateMention[] = [];
  for (const m of mentionsIn(sentence)) {
    const date = eventDateOf(m, calendar, base);
    if (!date) continue;
    const cue = cueBefore(text, m.start - offset);
    // "Chairman since October 2024", "capacity through 2032": a state's bounds, not when anything happened.
    if (!STATE_BOUND.test(cue) && !STATE_OPENER.test(text.slice(m.start - offset, m.end - offset))) found.push({ date, start: m.start, end: m.end, cue, kind: m.kind });
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
