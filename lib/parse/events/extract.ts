import type { Period, ReleaseEvent, Source } from '@/lib/domain/release';
import { MONTH } from '../lexicon/calendar';
import { findMoney } from '../prose/money';
import type { Calendar } from '../periods';
import type { Sentence } from '../prose/sentences';
import { dateMentions, nearestDate, type DateMention } from './event-date';
import { TRIGGERS } from './triggers';

// Boilerplate, footnotes, outlooks and talk about risk: no events there.
const BOILERPLATE =
  /^\s*\(\d+\)|^\s*\*|\b(?:expects|anticipates)\b[^.]{0,60}\bearnings\s+per\s+share|forward-looking|safe\s+harbor|private\s+securities\s+litigation|risks?\s+and\s+uncertaint|conference\s+call|webcast|replay|for\s+more\s+information|visit\s+(?:us\s+at\s+)?www|is\s+(?:one\s+of\s+)?the\s+(?:world['’]s\s+)?(?:leading|largest)|trademarks?|important\s+factors|\bconsist(?:s|ed)?\s+of\b|\bpossib|\bcould\b|\bmight\b|\brisks?\b/i;
// A trigger mentioned as a cause or set aside ("as a result of the nonrenewal", "excluding the impact of").
const CAUSE = /\b(?:as\s+a\s+result\s+of|due\s+to|because\s+of|following|result\s+of|excluding\s+the\s+impact\s+of)\s+(?:the\s+)?(?:\w+\s+){0,2}$/i;
// A cause phrase ends right before its trigger; looking back this far finds any real one.
const CAUSE_CHARS = 200;
const EXPLICIT_DAY = new RegExp(String.raw`\bon\s+${MONTH}\s+\d`, 'i');
const EFFECTIVE = new RegExp(String.raw`\beffective\s+(?:as\s+of\s+)?(${MONTH}\s+\d{1,2},?\s*(?:19|20)\d{2})`, 'i');
// Events told again in a neighbouring sentence, without a date or with the one they had.
const SAME_EVENT_CHARS = 400;
const CUES: Partial<Record<ReleaseEvent['type'], RegExp>> = {
  dividend: /(?:payable|payment\s+date\s+of|paid)\s+(?:on\s+)?$/,
  leadership: /effective\s+(?:as\s+of\s+)?$/,
  contract_end: /(?:expired\s+on|effective)\s+$/,
};
const SUMMARY_CHARS = 220;
// Compiled once: building a RegExp per sentence and trigger was most of the reader's time.
const GLOBAL_TRIGGERS = TRIGGERS.map((t) => ({ ...t, pattern: new RegExp(t.pattern.source, 'gi') }));

function summaryOf(sentence: Sentence): string {
  const text = sentence.text.replace(/\s+/g, ' ').trim();
  if (text.length <= SUMMARY_CHARS) return text;
  const cut = text.slice(0, SUMMARY_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

/** The amount an event carries: the first sum of money at or after its trigger (not a per-share figure). */
function amountOf(money: ReturnType<typeof findMoney>, triggerAt: number): number | null {
  const after = money.find((m) => m.start >= triggerAt - 60);
  return (after ?? money[0])?.value ?? null;
}

/** Whether two event dates ("2005", "2005-Q1", "2005-02", "2005-02-14") can be the same time. */
function overlaps(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const months = (d: string): [number, number] => {
    const quarter = /-Q([1-4])$/.exec(d);
    if (quarter) return [(Number(quarter[1]) - 1) * 3 + 1, Number(quarter[1]) * 3];
    const month = Number(d.slice(5, 7));
    return month ? [month, month] : [1, 12];
  };
  if (a.slice(0, 4) !== b.slice(0, 4)) return false;
  const [a0, a1] = months(a);
  const [b0, b1] = months(b);
  return a0 <= b1 && b0 <= a1;
}

class EventReader {
  readonly events: ReleaseEvent[] = [];
  // A sentence's dates are read once, however many triggers it holds.
  private readonly dates = new Map<number, DateMention[]>();

  constructor(
    private readonly calendar: Calendar,
    private readonly primary: Period | null,
  ) {}

  // And its sums of money, and its summary.
  private readonly money = new Map<number, ReturnType<typeof findMoney>>();
  private readonly summaries = new Map<number, string>();

  private summaryOf(sentence: Sentence): string {
    let summary = this.summaries.get(sentence.start);
    if (summary === undefined) {
      summary = summaryOf(sentence);
      this.summaries.set(sentence.start, summary);
    }
    return summary;
  }

  private moneyIn(sentence: Sentence): ReturnType<typeof findMoney> {
    let found = this.money.get(sentence.start);
    if (!found) {
      found = findMoney(sentence.text, sentence.start).filter((m) => !m.perShare && m.value > 0);
      this.money.set(sentence.start, found);
    }
    return found;
  }

  private datesIn(text: string, offset: number): DateMention[] {
    let found = this.dates.get(offset);
    if (!found) {
      found = dateMentions(text, offset, this.calendar, this.primary);
      this.dates.set(offset, found);
    }
    return found;
  }

  private dateOf(type: ReleaseEvent['type'], sentence: Sentence, at: number, previous: Sentence | undefined, next: Sentence | undefined): string | null {
    if (type === 'filing' && !EXPLICIT_DAY.test(sentence.text)) return this.calendar.anchor;
    const own = nearestDate(this.datesIn(sentence.text, sentence.start), at, CUES[type]);
    // "…elected Rona A. Fairhead to the Board. The election is effective as of July 31, 2019."
    const effective = next && EFFECTIVE.exec(next.text);
    if (effective && (own === null || own === this.calendar.anchor)) {
      return nearestDate(dateMentions(effective[1]!, 0, this.calendar, this.primary), 0);
    }
    // "…new business during the third quarter. Eagle USA will act as the primary carrier…"
    if (own === null && previous) return nearestDate(this.datesIn(previous.text, previous.start), previous.end);
    return own;
  }

  /** Keeps one event per happening: a retelling nearby without a new date adds nothing. */
  private add(event: ReleaseEvent): void {
    const retold = this.events.find(
      (e) =>
        e.type === event.type &&
        ((e.source.start === event.source.start && (e.date === event.date || e.amount === null || event.amount === null || e.amount === event.amount)) ||
          (event.source.start - e.source.end < SAME_EVENT_CHARS &&
            (event.date === null || e.date === null || (e.date === event.date && e.amount === event.amount && e.amount !== null)))),
    );
    if (!retold) this.events.push(event);
    else if (retold.date === null && event.date !== null) Object.assign(retold, { date: event.date });
  }

  readParagraph(sentences: Sentence[], skip: Source | null): void {
    sentences.forEach((sentence, i) => {
      if (BOILERPLATE.test(sentence.text)) return;
      if (skip && sentence.start < skip.end && skip.start < sentence.end) return;
      for (const { type, cue, pattern, unless } of GLOBAL_TRIGGERS) {
        if (!cue.test(sentence.text) || unless?.test(sentence.text)) continue;
        pattern.lastIndex = 0;
        // exec, not matchAll: matchAll clones the RegExp on every call.
        for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
          if (m[0] === '') pattern.lastIndex++;
          const at = sentence.start + m.index;
          const date = this.dateOf(type, sentence, at, sentences[i - 1], sentences[i + 1]);
          // A cause ("as a result of the nonrenewal") is an event only if it brings a date not yet told.
          if (CAUSE.test(sentence.text.slice(Math.max(0, m.index - CAUSE_CHARS), m.index)) && (date === null || this.events.some((e) => e.type === type && overlaps(e.date, date)))) continue;
          this.add({ type, date, summary: this.summaryOf(sentence), amount: type === 'dividend' ? null : amountOf(this.moneyIn(sentence), at), source: { start: sentence.start, end: sentence.end } });
        }
      }
    });
  }
}

/**
 * Dated events (contract expirations, impairments, restructurings, defaults, relocations, orders,
 * settlements and the rest of the contract's types) from running text outside boilerplate, one
 * per happening however often it is told.
 */
export function extractEvents(paragraphs: Sentence[][], calendar: Calendar, primary: Period | null, skip: Source | null = null): ReleaseEvent[] {
  const reader = new EventReader(calendar, primary);
  for (const sentences of paragraphs) reader.readParagraph(sentences, skip);
  return reader.events;
}
