import type { Period, ReleaseEvent, Source } from '@/lib/domain/release';
import { findMoney } from '../prose/money';
import type { Calendar } from '../prose/resolve-period';
import type { Sentence } from '../prose/sentences';
import { eventDate } from './event-date';
import { TRIGGERS } from './triggers';

// Boilerplate and talk about the future in general: no events there.
const BOILERPLATE = /^\s*\(\d+\)|^\s*\*|\b(?:expects|anticipates)\b[^.]{0,60}\bearnings\s+per\s+share|forward-looking|safe\s+harbor|private\s+securities\s+litigation|risks?\s+and\s+uncertaint|conference\s+call|webcast|replay|for\s+more\s+information|visit\s+(?:us\s+at\s+)?www|is\s+(?:one\s+of\s+)?the\s+(?:world['’]s\s+)?(?:leading|largest)|trademarks?/i;
// A trigger mentioned as a cause ("as a result of the nonrenewal") is background, not the event.
const CAUSE = /\b(?:as\s+a\s+result\s+of|due\s+to|because\s+of|following|result\s+of)\s+(?:the\s+)?(?:\w+\s+){0,2}$/i;
// Events of the same kind in neighbouring sentences of one paragraph are one event told twice.
const SAME_EVENT_CHARS = 400;
const CUES: Partial<Record<ReleaseEvent['type'], RegExp>> = {
  dividend: /(?:payable|payment\s+date\s+of|paid)\s+(?:on\s+)?$/,
  leadership: /effective\s+(?:as\s+of\s+)?$/,
  contract_end: /(?:expired\s+on|effective)\s+$/,
};
const SUMMARY_CHARS = 220;

function summaryOf(sentence: Sentence): string {
  const text = sentence.text.replace(/\s+/g, ' ').trim();
  return text.length <= SUMMARY_CHARS ? text : `${text.slice(0, SUMMARY_CHARS - 1).replace(/\s+\S*$/, '')}…`;
}

/** The amount an event carries: the first sum of money at or after its trigger (not a per-share figure). */
function amountOf(sentence: Sentence, triggerAt: number): number | null {
  const money = findMoney(sentence.text, sentence.start).filter((m) => !m.perShare && m.value > 0);
  const after = money.find((m) => m.start >= triggerAt - 60);
  return (after ?? money[0])?.value ?? null;
}

/**
 * Dated events: contract expirations, impairments, restructurings, defaults, relocations, orders,
 * settlements and the rest of the contract's types, one per type and sentence, from running text
 * outside boilerplate.
 */
export function extractEvents(sentences: Sentence[], calendar: Calendar, primary: Period | null, skip: Source | null = null): ReleaseEvent[] {
  const events: ReleaseEvent[] = [];
  for (const sentence of sentences) {
    if (BOILERPLATE.test(sentence.text) || (skip && sentence.start < skip.end && skip.start < sentence.end)) continue;
    for (const { type, pattern, unless } of TRIGGERS) {
      const m = pattern.exec(sentence.text);
      if (!m || unless?.test(sentence.text) || CAUSE.test(sentence.text.slice(0, m.index))) continue;
      const at = sentence.start + m.index;
      const date = type === 'filing' && !/\bon\s+\w+\s+\d/.test(sentence.text) ? calendar.anchor : eventDate(sentence.text, sentence.start, at, calendar, primary, CUES[type]);
      const source: Source = { start: sentence.start, end: sentence.end };
      const event = { type, date, summary: summaryOf(sentence), amount: type === 'dividend' ? null : amountOf(sentence, at), source };
      const told = events.find((e) => e.type === type && (e.date === date || (sentence.start - e.source.end < SAME_EVENT_CHARS && (e.date === null || date === null))));
      if (!told) events.push(event);
      else if (told.date === null && date !== null) Object.assign(told, { date, source: { start: told.source.start, end: sentence.end } });
    }
  }
  return events;
}
