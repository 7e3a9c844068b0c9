import type { Source } from '@/lib/domain/release';
import { COMPARED_WITH, GAIN_ON, PRESENT_PERFECT, RECAST } from '../lexicon/discourse';
import { DATE_CUES, EFFECTIVE, SUMMING_PLURALS } from '../lexicon/events';
import { mentionsIn, type Calendar } from '../periods';
import { runRule } from '../rules';
import { moneyIn, type Money } from '../prose/money';
import type { Sentence } from '../prose/sentences';
import type { EventCandidate, EventContext } from './candidate';
import { clauseAt, clausesOf } from './clauses';
import { dateMentions, nearestDate, type DateMention } from './event-date';
import { FRAMES_RULE } from './frames-rule';
import { ONE_TIME_CHARGE, SPLIT_RATIO } from './special-rules';
import { splitParties } from './parties';
import { isBoilerplate } from './refiners/boilerplate';

const BULLET = /^[•·▪◦●■►➢*-]/;
// Events whose object is a period's report: the period tells which report, not when it was filed or restated.
const OF_A_PERIOD: ReadonlySet<EventCandidate['type']> = new Set(['filing', 'restatement']);
const FOOTNOTE = /^\s*(?:\(\d{1,2}\)|\([a-z]\)|\*+\s*[A-Z])/;

type Hit = { type: EventCandidate['type']; rule: string; form: EventCandidate['form']; start: number; end: number; reference: boolean };

function inside(at: number, span: Source): boolean {
  return span.start <= at && at < span.end;
}

/** Reads one paragraph's sentences into event candidates, each with its date, amount and summary. */
export class EventReader {
  private readonly dates = new Map<number, DateMention[]>();
  // The sentence after each one of the paragraph being read: a cue may come two sentences on.
  private following = new Map<number, Sentence>();

  constructor(private readonly context: EventContext) {}

  /** A bulleted sentence, or one alone on its lines ("Launched X.\nPartnered with Y."), as a page's text copy gives a list. */
  private isItem(sentence: Sentence): boolean {
    const { text } = this.context;
    const alone = (sentence.start === 0 || text[sentence.start - 1] === '\n') && /^[ \t]*(?:\n|$)/.test(text.slice(sentence.end, sentence.end + 4));
    return BULLET.test(sentence.text) || alone;
  }

  private calendarAt(at: number): Calendar {
    const anchor = this.context.anchorAt(at);
    return anchor === this.context.calendar.anchor ? this.context.calendar : { ...this.context.calendar, anchor };
  }

  private datesIn(sentence: Sentence): DateMention[] {
    let found = this.dates.get(sentence.start);
    if (!found) {
      found = dateMentions(sentence, this.calendarAt(sentence.start), this.context.primary);
      this.dates.set(sentence.start, found);
    }
    return found;
  }

  private hits(sentence: Sentence, clauses: Source[]): Hit[] {
    const relative = clauses.map((c) => ({ start: c.start - sentence.start, end: c.end - sentence.start }));
    // The period reader's phrases (periods, not dates): a trigger inside one is a word of a period.
    const periods = mentionsIn(sentence).filter((m) => m.kind === 'period').map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start }));
    const frames = runRule(FRAMES_RULE, sentence.text, { sentence: sentence.text, clauses: relative, met: new Set<string>(), periods }).map((h) => ({
      type: h.frame.type,
      rule: `events/${h.frame.id}`,
      form: h.form,
      start: h.start,
      end: h.end,
      reference: h.reference,
    }));
    const patterns = [ONE_TIME_CHARGE, SPLIT_RATIO].flatMap((rule) =>
      runRule(rule, sentence.text, null).map((h) => ({ type: h.type, rule: h.id, form: 'noun' as const, start: h.start, end: h.end, reference: false })),
    );
    return [...frames, ...patterns].map((h) => ({ ...h, start: sentence.start + h.start, end: sentence.start + h.end }));
  }

  /**
   * The date a cue of the type gives ("payable on", "effective"): "…declared a dividend of $0.10.
   * The dividend is payable on June 28": the cue may come a sentence or two later, read in turn,
   * so the next sentences' dates are only read when this one has no cue.
   */
  private cuedDate(type: EventCandidate['type'], sentence: Sentence, next: Sentence | null): string | null {
    const cue = DATE_CUES[type];
    if (!cue) return null;
    for (const s of [sentence, next, next && this.following.get(next.start)]) {
      const cued = s ? this.datesIn(s).find((m) => cue.test(m.cue)) : undefined;
      if (cued) return cued.date;
    }
    return null;
  }

  private dateOf(hit: Hit, clause: Source, sentence: Sentence, previous: Sentence | null, next: Sentence | null): string | null {
    const calendar = this.calendarAt(sentence.start);
    // A report filed or restated is of a period ("its 10-Q for the first quarter"): that period is what, not when.
    const all = OF_A_PERIOD.has(hit.type) ? this.datesIn(sentence).filter((m) => m.kind !== 'period') : this.datesIn(sentence);
    if (hit.type === 'filing' && !all.some((m) => /^\d{4}-\d{2}-\d{2}$/.test(m.date) && inside(m.start, clause))) return calendar.anchor;
    const inClause = all.filter((m) => inside(m.start, clause));
    // "announced today the appointment … on August 22": a day stated after the trigger is when it happened.
    const statedAfter = inClause.filter((m) => m.kind !== 'relative' && m.start >= hit.end);
    const own = nearestDate(statedAfter, hit.start) ?? nearestDate(inClause, hit.start) ?? nearestDate(all, hit.start);
    // "…elected Jane Roe to the Board. The election is effective as of July 31, 2019."
    if (next && EFFECTIVE.test(next.text) && (own === null || own === calendar.anchor)) {
      const effective = this.datesIn(next).find((m) => EFFECTIVE.test(m.cue));
      if (effective) return effective.date;
    }
    // "The Company has acquired a majority interest in …", told with no date: done as the release tells it.
    if (own === null && PRESENT_PERFECT.test(this.context.text.slice(Math.max(clause.start, hit.start - 60), hit.start))) return calendar.anchor;
    // "…new business during the third quarter. The Company will act as the primary carrier…"
    if (own === null && previous && !this.isItem(sentence) && !this.isItem(previous)) {
      // Of its periods, not the one it compares with ("… compared to $162 million for the first quarter of 1996").
      const periods = this.datesIn(previous).filter((m) => m.kind === 'period');
      const told = periods.filter((m) => !COMPARED_WITH.test(m.cue));
      return nearestDate(told.length > 0 ? told : periods, previous.end);
    }
    return own;
  }

  private amountOf(hit: Hit, clause: Source, sentence: Sentence): number | null {
    if (hit.type === 'dividend' || hit.type === 'stock_split' || hit.type === 'leadership') return null;
    const money = moneyIn(sentence).filter((m) => !m.perShare && m.value > 0 && inside(m.start, clause));
    // The sum nearest the trigger: "a $21 million pretax charge", "a charge of $39 million".
    let best: Money | null = null;
    let bestDistance = Infinity;
    for (const m of money) {
      const distance = m.start >= hit.end ? m.start - hit.end : hit.start - m.end;
      if (distance < bestDistance) [best, bestDistance] = [m, distance];
    }
    return best?.value ?? null;
  }

  /** Candidates of every sentence of a paragraph. */
  read(sentences: Sentence[]): EventCandidate[] {
    const out: EventCandidate[] = [];
    this.following = new Map(sentences.slice(0, -1).map((s, i) => [s.start, sentences[i + 1]!]));
    sentences.forEach((sentence, i) => {
      if (this.context.skip.some((s) => sentence.start < s.end && s.start < sentence.end)) return;
      // The boilerplate refiner would drop all it found there: a quick test spares the reading.
      if (isBoilerplate(sentence)) return;
      const clauses = clausesOf(sentence);
      const previous = sentences[i - 1] ?? null;
      const next = sentences[i + 1] ?? null;
      for (const hit of this.hits(sentence, clauses)) {
        const clause = clauseAt(clauses, hit.start);
        const amount = this.amountOf(hit, clause, sentence);
        // A date its type's cue gives ("payable on") comes first; else the nearest one dates the event.
        const cued = this.cuedDate(hit.type, sentence, next);
        const candidate: EventCandidate = {
          type: hit.type,
          rule: hit.rule,
          date: cued ?? this.dateOf(hit, clause, sentence, previous, next),
          cued: cued !== null,
          amount,
          summary: '',
          trigger: { start: hit.start, end: hit.end },
          clause,
          sentence,
          previous,
          next,
          form: hit.form,
          // "the second quarter special charges": a plural with no sum of its own sums up events told one by one.
          listItem: this.isItem(sentence) || (previous === null && next === null),
          reference:
            hit.reference ||
            (hit.form === 'noun' && SUMMING_PLURALS.test(this.context.text.slice(hit.start, hit.end)) && amount === null) ||
            (hit.type === 'divestiture' && GAIN_ON.test(this.context.text.slice(Math.max(sentence.start, hit.start - 100), hit.start))),
          // A note, or figures recast for a split told elsewhere, retells.
          footnote: FOOTNOTE.test(sentence.text) || RECAST.test(sentence.text),
          source: clause,
        };
        out.push(...splitParties(candidate, this.context.text));
      }
    });
    return out;
  }
}
