import type { MetricName, Period, Source } from '@/lib/domain/release';
import type { Candidate } from '../metrics/merge';
import { findMentions, type Mention } from './mentions';
import { findMoney, type Money } from './money';
import { findPeriodPhrases, type PeriodPhrase } from './period-phrases';
import { resolvePhrase, type Calendar } from './resolve-period';
import { splitSentences, type Sentence } from './sentences';

/** A change the prose states for a figure: "an increase of $9,766,979", "up $0.35". */
export type StatedChange = { metric: MetricName; period: Period; amount: number | null; percent: number | null; source: Source };

export type ProseFacts = { candidates: Candidate[]; changes: StatedChange[] };

// Words that may sit between a metric's name and its figure: "net income for the quarter rose 58% to".
const FILLER = new Set(
  ('for the a an in of on during was were is are be been has had have totaled totalled total reached rose increased decreased ' +
    'declined fell grew improved climbed jumped narrowed widened dropped amounted came to at approximately about nearly almost ' +
    'some roughly record from quarter quarterly year years fiscal full first second third fourth nine six three twelve months month ' +
    'weeks week ended ending period periods with by percent over its this that last current same prior previous consolidated ' +
    'net gaap and or also reported posted recorded achieved generated earned equal equaled totaling respectively were ' +
    'attributable company companys which new all time high highest up down ytd year-to-date thirteen fifty two 13-week 52-week ' +
    'unaudited audited basis share shareholders common stockholders s per cents cent diluted basic one two three four five ' +
    'six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred slightly sharply significantly ' +
    'substantially modestly strongly more than').split(' '),
);
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const COMPARE = /\b(?:compared\s+(?:with|to)|versus|vs\.?|from|against|over)\b/i;
const CHANGE_BEFORE = /(?:\b(?:increase|decrease|decline|gain|rise|drop|improvement|growth|up|down|higher|lower|by)\s+(?:of\s+)?(?:approximately\s+|about\s+|nearly\s+)?)$/i;
const CHANGE_AFTER = /^\s*(?:,\s*)?(?:or\s+[\d.]+%\s*,?\s*)?(?:increase|decrease|improvement|higher|lower|more|less|gain|decline|over|above|below)\b/i;
const SKIP_SENTENCE = /\b(?:forward-looking|safe harbor|expects?|expected|anticipates?|anticipated|guidance|outlook|forecasts?|projects?|projected|estimates?|target|will\s+be|would\s+have\s+been|plans?\s+to|could|may\s+be|pro\s+forma)\b/i;
const PER_SHARE_SUBJECT = /net\s+operating\s+(?:income|earnings)|operating\s+(?:income|earnings)|book\s+value|dividends?|cash\s+flow|net\s+(?:income|earnings|loss)|earnings|\bloss\b|\bEPS\b/gi;
const NON_GAAP = /\b(?:adjusted|non-?gaap|excluding|excluded|before\s+(?:special|unusual|non-?recurring|one-time)|operating\s+earnings)\b/i;

function onlyFiller(gap: string): boolean {
  const words = gap
    .replace(/\$?\d[\d,.]*%?|\(\w+\)|[,;:'’()%-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.length <= 14 && words.every((w) => FILLER.has(w.toLowerCase().replace(/[.'’]/g, '')) || MONTH_WORD.test(w));
}

function epsKind(text: string): MetricName {
  if (/dilut/i.test(text)) return 'eps_diluted';
  if (/\bbasic\b|\bprimary\b/i.test(text)) return 'eps_basic';
  return 'eps';
}

type Level = { metric: MetricName; money: Money; period: Period | null; loss: boolean };

class SentenceReader {
  private readonly mentions: Mention[];
  private readonly money: Money[];
  private readonly phrases: PeriodPhrase[];
  private readonly current: Period | null;
  private readonly yearOnlyMonths: number | null;
  readonly candidates: Candidate[] = [];
  readonly changes: StatedChange[] = [];

  constructor(
    private readonly text: string,
    private readonly sentence: Sentence,
    private readonly calendar: Calendar,
    context: Period | null,
  ) {
    this.mentions = findMentions(sentence.text, sentence.start);
    this.money = findMoney(sentence.text, sentence.start);
    this.phrases = findPeriodPhrases(sentence.text, sentence.start);
    this.yearOnlyMonths = this.phrases.find((p) => p.months !== null || p.quarter !== null) ? (context?.months ?? null) : 12;
    const own = this.phrases.find((p) => !p.prior);
    this.current = (own && resolvePhrase(own, context, calendar, this.yearOnlyMonths)) ?? context;
    if (process.env.DEBUG_PROSE) console.error('S', JSON.stringify(sentence.text.slice(0, 90)), JSON.stringify(this.current), this.phrases.map((p) => text.slice(p.start, p.end) + (p.prior ? '(P)' : '')));
  }

  /** The period the sentence reports on: the latest its figures cover (the one compared against is earlier). */
  get period(): Period | null {
    const periods = this.candidates.map((c) => c.period).sort((a, b) => b.end.localeCompare(a.end));
    return periods[0] ?? this.current;
  }

  private slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** The period phrase that belongs to a figure: right after it, else right before it. */
  private phraseFor(money: Money, previousEnd: number, nextStart: number): PeriodPhrase | null {
    const after = this.phrases.find((p) => p.start >= money.end && p.start < nextStart && onlyFiller(this.slice(money.end, p.start)));
    if (after) return after;
    const before = [...this.phrases].reverse().find((p) => p.end <= money.start && p.start >= previousEnd);
    return before ?? null;
  }

  read(): void {
    let previous: Level | null = null;
    let previousShare: Level | null = null;
    this.money.forEach((money, i) => {
      const prevEnd = i > 0 ? this.money[i - 1]!.end : this.sentence.start;
      const nextStart = this.money[i + 1]?.start ?? this.sentence.end;
      const before = this.slice(Math.max(prevEnd, money.start - 40), money.start);
      const isChange = CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(this.slice(money.end, money.end + 30));
      const gapFromPrevious = this.slice(prevEnd, money.start);
      const compared = COMPARE.test(gapFromPrevious);
      const lastOf = previous;
      const level = money.perShare ? this.perShareLevel(money, previousShare, gapFromPrevious) : this.levelFor(money, lastOf, gapFromPrevious);
      if (!level) return;
      const phrase = this.phraseFor(money, prevEnd, nextStart);
      const base = this.current;
      let period = phrase ? resolvePhrase(phrase, base, this.calendar, base && phrase.year !== null && !phrase.months && !phrase.quarter && this.yearOnlyMonths !== 12 ? base.months : this.yearOnlyMonths) : null;
      const reference = money.perShare ? previousShare : lastOf;
      if (!period && compared && reference?.period) period = { end: shiftBack(reference.period.end), months: reference.period.months };
      if (!period && !compared) period = base;
      if (!period) return;
      if (isChange) {
        if (reference && reference.metric === level.metric && reference.period) {
          this.changes.push({ metric: level.metric, period: reference.period, amount: money.value, percent: null, source: { start: money.start, end: money.end } });
        }
        return;
      }
      const sign = level.loss && money.value > 0 ? -1 : 1;
      const gaap = !NON_GAAP.test(this.sentence.text);
      this.candidates.push({
        metric: level.metric,
        period,
        value: sign * money.value,
        gaap,
        segment: null,
        derived: false,
        label: level.metric,
        source: { start: money.start, end: money.end },
        origin: 'prose',
        tolerance: money.tolerance,
        explicitPeriod: phrase?.endDate != null,
      });
      const stated = { ...level, period };
      if (money.perShare) previousShare = stated;
      else previous = stated;
    });
  }

  /** The metric a non-per-share figure states: named just before it, or carried over from the figure it is compared with. */
  private levelFor(money: Money, previous: Level | null, gapFromPrevious: string): Level | null {
    const mention = [...this.mentions].reverse().find((m) => m.end <= money.start);
    if (mention && mention.metric !== 'eps_any' && (!previous || mention.start >= previous.money.end)) {
      if (onlyFiller(this.slice(mention.end, money.start))) return { metric: mention.metric, money, period: null, loss: mention.loss };
      return null;
    }
    if (previous && !previous.money.perShare && !this.mentions.some((m) => m.start > previous.money.end && m.end <= money.start)) {
      const gap = gapFromPrevious.replace(/,?\s*or\s+[^,]*?per\s+(?:diluted\s+)?share[^,]*,?/gi, ' ');
      if (COMPARE.test(gap) || /\bto\s*$/i.test(gap)) {
        const loss = previous.loss || /\bloss\b/i.test(gap);
        return { metric: previous.metric, money, period: null, loss };
      }
    }
    return null;
  }

  /** A per-share figure: EPS, basic or diluted as the words around it say, a loss if they say so. */
  private perShareLevel(money: Money, previous: Level | null, gapFromPrevious: string): Level | null {
    const around = this.slice(Math.max(this.sentence.start, money.start - 80), Math.min(this.sentence.end, money.end + 30));
    const near = this.slice(money.end, Math.min(this.sentence.end, money.end + 30));
    const words = `${this.slice(Math.max(this.sentence.start, money.start - 50), money.start)} ${near}`;
    if (/dividend|book value|cash flow|price|offering|per pound|per ounce|per barrel|per ton/i.test(words)) return null;
    // The figure is per share of whatever income the sentence last named: net income, not "net operating income".
    const named = [...this.slice(this.sentence.start, money.start).matchAll(PER_SHARE_SUBJECT)].pop()?.[0] ?? '';
    if (named === '' || /operating|book|dividend|cash/i.test(named)) return null;
    const loss = /\bloss\b/i.test(this.slice(Math.max(this.sentence.start, money.start - 60), money.start)) && !/\bincome\b/i.test(near);
    const kind = epsKind(near + ' ' + (previous && COMPARE.test(gapFromPrevious) ? '' : around));
    return { metric: previous && COMPARE.test(gapFromPrevious) && kind === 'eps' ? previous.metric : kind, money, period: null, loss };
  }
}

function shiftBack(end: string): string {
  return `${Number(end.slice(0, 4)) - 1}${end.slice(4)}`;
}

/**
 * Reads figures stated in sentences: "net sales of $49,023,417", "Pre-tax income rose from
 * $3,545,379 in 2003 to $4,500,938 in 2004". Each figure takes the metric named just before it
 * (or the one it is compared with) and the period its words give, else the sentence's period.
 */
export function extractProseFacts(text: string, spans: Source[], calendar: Calendar, primary: Period | null): ProseFacts {
  const facts: ProseFacts = { candidates: [], changes: [] };
  for (const span of spans) {
    let context = primary;
    for (const sentence of splitSentences(text, span.start, span.end)) {
      if (SKIP_SENTENCE.test(sentence.text)) continue;
      const reader = new SentenceReader(text, sentence, calendar, context);
      reader.read();
      facts.candidates.push(...reader.candidates);
      facts.changes.push(...reader.changes);
      // Only a sentence that states figures sets the period for the sentences after it.
      if (reader.candidates.length > 0) context = reader.period ?? context;
    }
  }
  return facts;
}
