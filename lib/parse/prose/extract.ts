import type { MetricName, Period, Source } from '@/lib/domain/release';
import { mentionsIn, periodPhrases, resolvePeriod, shiftYears, YEAR_BEFORE_NOUN, type Calendar, type PeriodMention } from '../periods';
import type { Candidate } from '../metrics/merge';
import { BASIS_PAIR, BASIS_WORD, epsKinds, epsKindsInOrder, NON_GAAP_AFTER, PROSE_NON_GAAP } from '../lexicon/metrics';
import { COMPANY_DESCRIPTION, COMPARISON } from '../lexicon/discourse';
import { onlyFiller } from './filler';
import { findMetricMentions, type Mention } from './mentions';
import { LIST_JOIN, moneyIn, type Money } from './money';
import type { Sentence } from './sentences';
import { matchesOf } from '../text/regex';

/** A change the prose states for a figure: "an increase of $9,766,979", "up 24.9%". */
export type StatedChange = {
  metric: MetricName;
  /** The period of the figure that changed (the current one). */
  period: Period;
  /** Signed: + for an increase. Null when only a percentage is stated. */
  amount: number | null;
  /** Signed percent change, when stated. */
  percent: number | null;
  /** How far off the stated number may be, in its own units, given how it was rounded. */
  tolerance: number;
  /** The change as the release writes it: "$9,766,979", "24.9%". */
  written: string;
  source: Source;
};

export type ProseFacts = { candidates: Candidate[]; changes: StatedChange[] };

const COMPARE = new RegExp(String.raw`\b(?:${COMPARISON}|over)\b`, 'i');
const CHANGE_BEFORE = /(?:\b(?:increase|decrease|decline|gain|rise|drop|improvement|growth|up|down|higher|lower|by)\s+(?:of\s+)?(?:approximately\s+|about\s+|nearly\s+)?)$/i;
const CHANGE_AFTER = /^\s*(?:,\s*)?(?:or\s+[\d.]+%\s*,?\s*)?(?:increase|decrease|improvement|higher|lower|more|less|gain|decline|over|above|below)\b/i;
const PER_SHARE_BETWEEN = /^(?:\s+attributable\s+to\s+(?:[A-Z][\w&.'’-]*\s*)+)?\s*per\s+(?:basic\s+|diluted\s+)?(?:common\s+)?share\b[^.;$]{0,30}$/;
const DESCRIBES_COMPANY = new RegExp(COMPANY_DESCRIPTION, 'i');
// What is ahead or hedged states no result. "target" only in lower case: "sales to Target" are a result.
const SKIP_SENTENCE = /\b(?:forward-looking|safe harbor|expects?|expected|anticipates?|anticipated|guidance|outlook|forecasts?|projects?|projected|estimates?|will\s+be|would\s+(?:have\s+)?been|would\s+be|plans?\s+to|could|may\s+be)\b/i;
const TARGET = /\btargets?\b/;
// A segment or division told of as the subject: "the segment reported", "the division's operating income".
const PART_SUBJECT = /\b(?:the|this|that|each)\s+(?:segment|division)(?:['’]s)?\s+(?:[a-z]+\s+){0,2}$/i;
const PER_SHARE_SUBJECT = /net\s+operating\s+(?:income|earnings)|operating\s+(?:income|earnings)|book\s+value|dividends?|cash\s+flow|net\s+(?:income|earnings|loss)|earnings|\bloss\b|\bEPS\b/gi;
const NOT_EARNINGS = /dividend|book value|cash flow|price|offering|per pound|per ounce|per barrel|per ton/i;
// A label and a row of three or more figures is a table row that lost its table, not a sentence.
const FIGURE_ROW = /^[A-Za-z][A-Za-z ,&()'’/-]{0,80}?(?:\s+\$?\s*\(?-?[\d,]*\.?\d+\)?%?){3,}\s*$/;
// Starts only at the start of a number, so a long digit run is read once, not once per digit.
const DIGIT = /\d/;
const PERCENT = /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|percent\b)/gi;
const UP = /\b(?:increase[sd]?|rise|rose|up|grew|gain(?:ed)?|higher|improve[sd]?|improvement|climbed|jumped)\b/i;
// Between a figure and its per-share amount: "$2.4 million, or $.32 per share", "$1.4 million (10 cents per share)",
// "$1.4 million after taxes (10 cents per share)".
const PAIRED = /^\s*(?:,?\s*or|(?:[\w-]+\s+){0,3}\()\s*$/i;
// Only ", or" between a figure and its per-share amount: "$158.9 million, or 21 cents per share".
const OR_JOIN = /^\s*,?\s*or\s*$/i;
const DOWN = /\b(?:decrease[sd]?|decline[sd]?|down|fell|lower|drop(?:ped)?|narrowed|reduced)\b/i;

/** A figure the sentence states for a metric (not a change in it). */
type Level = {
  metrics: MetricName[];
  money: Money;
  period: Period | null;
  loss: boolean;
  /** Whether "per share" follows the figure itself (not just the metric's name). */
  writtenPerShare: boolean;
};

class SentenceReader {
  private readonly mentions: Mention[];
  private readonly money: readonly Money[];
  private readonly phrases: readonly PeriodMention[];
  private readonly current: Period | null;
  /** What a "prior year" phrase is a year before: the period under report. */
  private readonly priorBase: Period | null;
  private readonly yearOnlyMonths: number | null;
  private readonly levels: Level[] = [];
  readonly candidates: Candidate[] = [];
  readonly changes: StatedChange[] = [];

  constructor(
    private readonly text: string,
    private readonly sentence: Sentence,
    private readonly calendar: Calendar,
    context: Period | null,
  ) {
    this.mentions = findMetricMentions(sentence.text, sentence.start);
    this.money = moneyIn(sentence);
    this.phrases = periodPhrases(mentionsIn(sentence));
    // A bare "in 2004" means the year, unless the sentence also names a shorter period.
    this.yearOnlyMonths = this.phrases.some((p) => p.months !== null || p.quarter !== null) ? (context?.months ?? null) : 12;
    // "net income was $13.0 million, up from $8.9 million in 1996": a period named after a comparison is the compared one.
    const firstFigure = this.money[0]?.end ?? sentence.end;
    const compared = (p: PeriodMention) => p.start > firstFigure && COMPARE.test(this.slice(firstFigure, p.start));
    const own = this.phrases.find((p) => !p.prior && !compared(p));
    // "A year earlier, the Company posted a loss for the quarter of …": a sentence that opens on the
    // prior period speaks of it throughout.
    const opening = this.phrases[0];
    const looksBack = opening?.prior && opening.end <= firstFigure && /^\W*(?:in|for|during)?\s*$/i.test(this.slice(sentence.start, opening.start));
    const base = looksBack ? resolvePeriod(opening, context, calendar, this.yearOnlyMonths) : null;
    this.current = base ?? (own && resolvePeriod(own, context, calendar, this.yearOnlyMonths)) ?? context;
    // The opening's own "a year earlier" is a year before the story's period, not before itself.
    this.priorBase = base ? context : this.current;
  }

  /** The period the sentence reports on: the latest its figures cover (the one compared against is earlier). */
  get period(): Period | null {
    const periods = this.candidates.map((c) => c.period).sort((a, b) => b.end.localeCompare(a.end));
    return periods[0] ?? this.current;
  }

  private slice(start: number, end: number): string {
    return this.text.slice(Math.max(start, this.sentence.start), Math.min(end, this.sentence.end));
  }

  /** The period phrase that belongs to a figure: right after it, else between it and the figure before. */
  private phraseFor(money: Money, previousEnd: number, nextStart: number): PeriodMention | null {
    // "$158.9 million, or 21 cents per share, in the fourth quarter of 2005": the phrase after the
    // per-share figure paired with this one dates both.
    const paired = this.perShareAfter(money, OR_JOIN);
    const from = paired?.end ?? money.end;
    const until = paired ? (this.money.find((m) => m.start >= paired.end)?.start ?? this.sentence.end) : nextStart;
    // Across the pair only a phrase that names its period's length dates both: "in 1996" after "or 66 cents" is the same quarter a year back.
    const fits = (p: PeriodMention) => !paired || p.months !== null || p.quarter !== null;
    // "$4.09, up 7.3 percent from the 1995 total": a phrase after a comparison word is the compared figure's.
    // A year set before a noun ("its 1996 sales") dates what follows it.
    const after = this.phrases.find(
      (p) => p.start >= from && p.start < until && p.rule !== YEAR_BEFORE_NOUN && onlyFiller(this.slice(from, p.start)) && !COMPARE.test(this.slice(from, p.start)) && fits(p),
    );
    // A phrase right after the figure before belongs to that figure, not to this one.
    const claimed = (p: PeriodMention) => p.rule !== YEAR_BEFORE_NOUN && previousEnd > this.sentence.start && onlyFiller(this.slice(previousEnd, p.start));
    return after ?? [...this.phrases].reverse().find((p) => p.end <= money.start && p.start >= previousEnd && !claimed(p)) ?? null;
  }

  read(): void {
    this.money.forEach((money, i) => {
      const previousEnd = i > 0 ? this.money[i - 1]!.end : this.sentence.start;
      const nextStart = this.money[i + 1]?.start ?? this.sentence.end;
      const gap = this.slice(previousEnd, money.start);
      const isChange = CHANGE_BEFORE.test(this.slice(money.start - 40, money.start)) || CHANGE_AFTER.test(this.slice(money.end, money.end + 30));
      if (money.range) return;
      if (isChange) return this.recordChange(money, this.levels[this.levels.length - 1] ?? null, DOWN.test(this.slice(money.start - 40, money.start)) ? -1 : 1);
      const level = (money.perShare ? this.perShareLevel(money, i, gap) : this.levelFor(money, gap)) ?? this.respectiveLevel(money, gap);
      if (!level) return;
      const phrase = this.phraseFor(money, previousEnd, nextStart);
      // "$2.4 million, or $.32 per share": the per-share figure is of the figure it pairs with, period and all.
      const pairedPeriod = money.perShare ? this.pairedLevel(money)?.period : undefined;
      if (pairedPeriod) {
        level.period = pairedPeriod;
        this.levels.push(level);
        return this.emit(level, phrase);
      }
      const compared = COMPARE.test(gap);
      // "compared with $X", "from $X": the figure of a year earlier than the one it is set against.
      const sameMetric = [...this.levels].reverse().find((l) => l.metrics.join() === level.metrics.join());
      const reference = sameMetric?.period ?? (compared ? this.current : null);
      // "up from $129.4 million in 1996": a year alone after a comparison is the same period in that year.
      const bareYear = phrase && phrase.year !== null && phrase.months === null && phrase.quarter === null && !phrase.endDate;
      level.period =
        compared && bareYear && reference
          ? { end: shiftYears(reference.end, phrase.year! - Number(reference.end.slice(0, 4))), months: reference.months }
          : phrase
            ? resolvePeriod(phrase, phrase.prior ? this.priorBase : this.current, this.calendar, this.wordsOnlyMonths(phrase))
            : null;
      if (!level.period && compared && reference) level.period = { end: shiftYears(reference.end, -1), months: reference.months };
      if (!level.period && !compared) level.period = this.current;
      if (!level.period) return;
      this.levels.push(level);
      this.emit(level, phrase);
    });
    this.readPercents();
  }

  private wordsOnlyMonths(phrase: PeriodMention): number | null {
    const bareYear = phrase.year !== null && !phrase.months && !phrase.quarter;
    return this.current && bareYear && this.yearOnlyMonths !== 12 ? this.current.months : this.yearOnlyMonths;
  }

  private emit(level: Level, phrase: PeriodMention | null): void {
    const sign = level.loss && level.money.value > 0 ? -1 : 1;
    for (const metric of level.metrics) {
      this.candidates.push({
        metric,
        period: level.period!,
        value: sign * level.money.value,
        gaap: this.isGaap(level.money),
        segment: null,
        derived: false,
        label: this.mentionBefore(level.money)?.text ?? metric,
        source: { start: level.money.start, end: level.money.end },
        origin: 'prose',
        tolerance: level.money.tolerance,
        explicitPeriod: phrase?.endDate != null,
        rule: 'metrics/prose-figure',
      });
    }
  }

  /** The per-share figure right after a figure, joined to it as `join` says: "$2.4 million, or $.32 per share". */
  private perShareAfter(money: Money, join: RegExp): Money | null {
    const next = this.money.find((m) => m.start >= money.end);
    return next?.perShare && join.test(this.slice(money.end, next.start)) ? next : null;
  }

  /** The figure a per-share figure follows with ", or" or "(": "$2.4 million, or $.32 per share". */
  private pairedFigure(money: Money): Money | null {
    const before = this.money[this.money.indexOf(money) - 1];
    return before && PAIRED.test(this.slice(before.end, money.start)) ? before : null;
  }

  /** The level of the figure a per-share figure pairs with, if that figure is a result. */
  private pairedLevel(money: Money): Level | undefined {
    const paired = this.pairedFigure(money);
    return paired ? this.levels.find((l) => l.money.start === paired.start && !l.writtenPerShare) : undefined;
  }

  /** "… were $0.50 and $0.61, respectively": the second figure of a pair is of the first's metric. */
  private respectiveLevel(money: Money, gap: string): Level | null {
    const previous = this.levels[this.levels.length - 1];
    if (!previous || !LIST_JOIN.test(gap) || !/^[^.;]{0,20}\brespectively\b/i.test(this.slice(money.end, money.end + 40))) return null;
    const kind = previous.metrics.every((m) => m.startsWith('eps')) ? this.respectiveKind(money) : null;
    return { ...previous, metrics: kind ? [kind] : previous.metrics, money, period: null };
  }

  /**
   * Whether a figure is on the GAAP basis: by the pair its sentence names in order ("GAAP and
   * non-GAAP … $1.08 and $1.05, respectively"), a qualifier right after it ("excluding the
   * charge"), else the nearest basis word before it ("Adjusted EPS was $1.20; GAAP EPS $0.90").
   */
  private isGaap(money: Money): boolean {
    const at = money.start - this.sentence.start;
    const pair = BASIS_PAIR.exec(this.sentence.text);
    if (pair && pair.index < at) {
      const after = this.money.filter((m) => m.start - this.sentence.start > pair.index + pair[0].length);
      const k = after.findIndex((m) => m.start === money.start);
      if (k === 0 || k === 1) return !PROSE_NON_GAAP.test(pair[k + 1]!);
    }
    const qualified = (m: Money) => NON_GAAP_AFTER.test(this.sentence.text.slice(m.end - this.sentence.start, m.end - this.sentence.start + 40));
    if (qualified(money)) return false;
    // "$7.2 million, or $.40 per share on a pro forma basis": the basis told after the pair is of both.
    const perShare = money.perShare ? null : this.perShareAfter(money, PAIRED);
    if (perShare && qualified(perShare)) return false;
    const before = matchesOf(BASIS_WORD, this.sentence.text.slice(0, at)).pop();
    return before === undefined || !PROSE_NON_GAAP.test(before[0]);
  }

  private recordChange(money: Money, previous: Level | null, direction: number): void {
    if (!previous?.period) return;
    const amount = direction * Math.abs(money.value);
    for (const metric of previous.metrics) {
      this.changes.push({
        metric,
        period: previous.period,
        amount,
        percent: null,
        tolerance: Math.abs(amount) * money.tolerance,
        written: this.text.slice(money.start, money.end),
        source: { start: money.start, end: money.end },
      });
    }
  }

  private mentionBefore(money: Money): Mention | null {
    return [...this.mentions].reverse().find((m) => m.end <= money.start) ?? null;
  }

  /** The metric a figure states: named just before it, or carried over from the figure it is compared with. */
  private levelFor(money: Money, gap: string): Level | null {
    const previous = [...this.levels].reverse().find((l) => !l.writtenPerShare) ?? null;
    const mention = this.mentionBefore(money);
    if (mention && (!previous || mention.start >= previous.money.end)) {
      // "the segment reported an operating loss of $43 million": a part's figure, not the company's.
      if (PART_SUBJECT.test(this.slice(this.sentence.start, mention.start))) return null;
      const between = this.slice(mention.end, money.start);
      // "Net income attributable to Acme per share, diluted, was $0.93": the per-share figure of the metric named.
      if (mention.metric === 'net_income' && PER_SHARE_BETWEEN.test(between) && !/[a-z]/i.test(this.slice(money.start, money.end))) {
        return { metrics: epsKinds(between), money: { ...money, perShare: true }, period: null, loss: mention.loss, writtenPerShare: false };
      }
      if (!onlyFiller(between)) return null;
      if (mention.metric === 'eps_any') {
        const kind = this.respectiveKind(money);
        return { metrics: kind ? [kind] : epsKinds(mention.text), money: { ...money, perShare: true }, period: null, loss: mention.loss, writtenPerShare: false };
      }
      return { metrics: [mention.metric], money, period: null, loss: mention.loss, writtenPerShare: false };
    }
    if (!previous) return null;
    const plainGap = gap.replace(/,?\s*or\s+[^,]*?(?:per|a)\s+(?:diluted\s+)?share[^,]*,?/gi, ' ');
    // A comparison stays in its clause: "(2) income of $17.7 million, resulting from …; and (3) a charge of $18.6 million" compares nothing.
    if ((!COMPARE.test(plainGap) && !/\bto\s*$/i.test(plainGap)) || plainGap.includes(';')) return null;
    return { metrics: previous.metrics, money: { ...money, perShare: previous.money.perShare }, period: null, loss: previous.loss || /\bloss\b/i.test(plainGap), writtenPerShare: false };
  }

  /** A per-share figure: of net income as the sentence names it, basic or diluted as its words say. */
  private perShareLevel(money: Money, index: number, gap: string): Level | null {
    const after = this.slice(money.end, money.end + 30);
    if (NOT_EARNINGS.test(`${this.slice(money.start - 50, money.start)} ${after}`)) return null;
    // "$41 million, or $0.12 per share, for severance", "a gain of $1.4 million (10 cents per share)": the per-share amount of a figure that is no result.
    const before = this.money[index - 1];
    const pairedWith = this.pairedFigure(money);
    if (pairedWith && !this.levels.some((l) => l.money.start === pairedWith.start)) return null;
    const named = matchesOf(PER_SHARE_SUBJECT, this.slice(this.sentence.start, money.start)).pop()?.[0] ?? '';
    if (named === '' || /operating|book|dividend|cash/i.test(named)) return null;
    const loss = /\bloss\b/i.test(this.slice(money.start - 60, money.start)) && !/\bincome\b/i.test(after);
    const respective = this.respectiveKind(money);
    if (respective) return { metrics: [respective], money, period: null, loss, writtenPerShare: true };
    const previous = [...this.levels].reverse().find((l) => l.writtenPerShare);
    const comparative = previous && COMPARE.test(gap);
    // The kind is named up to the next figure: "$.02 per share on both a primary and fully diluted basis".
    // Before it, only up to the figure before: "($1.04 per share on a diluted basis), compared with … $1.05" is not diluted.
    const nextStart = this.money.find((m) => m.start >= money.end)?.start ?? this.sentence.end;
    const ownWords = this.slice(money.end, Math.min(nextStart, money.end + 60));
    const wordsBefore = this.slice(Math.max(money.start - 80, before?.end ?? this.sentence.start), money.start);
    const kinds = epsKinds(ownWords + (comparative ? '' : ` ${wordsBefore}`));
    return { metrics: comparative && kinds[0] === 'eps' ? previous.metrics : kinds, money, period: null, loss, writtenPerShare: true };
  }

  /**
   * "$.27 and $.26 per primary and fully diluted share, respectively": a list of per-share figures
   * takes the kinds named after it, in order, one each. Null unless the counts agree.
   */
  private respectiveKind(money: Money): MetricName | null {
    const at = this.money.indexOf(money);
    const joined = (i: number) => this.money[i]!.perShare === this.money[i + 1]!.perShare && LIST_JOIN.test(this.slice(this.money[i]!.end, this.money[i + 1]!.start));
    let first = at;
    while (first > 0 && joined(first - 1)) first--;
    let last = at;
    while (last + 1 < this.money.length && joined(last)) last++;
    if (last === first) return null;
    const rest = /^[^;]*?\brespectively\b/i.exec(this.slice(this.money[last]!.end, this.sentence.end));
    if (!rest) return null;
    // The kinds follow the list ("… per primary and fully diluted share, respectively") or lead it ("Basic and diluted EPS were …").
    const lead = this.slice(this.money[first - 1]?.end ?? this.sentence.start, this.money[first]!.start);
    const count = last - first + 1;
    const kinds = [epsKindsInOrder(rest[0]), epsKindsInOrder(lead)].find((k) => k.length === count && new Set(k).size === count);
    return kinds ? kinds[at - first]! : null;
  }

  /** "an increase of 27.0%", "rose 58% to $1.84 million": percent changes of the figures around them. */
  private readPercents(): void {
    for (const m of matchesOf(PERCENT, this.sentence.text)) {
      const at = this.sentence.start + m.index;
      const before = this.slice(at - 30, at);
      const direction = UP.test(before) ? 1 : DOWN.test(before) ? -1 : 0;
      if (direction === 0) continue;
      const toNext = /^\s*(?:%|percent)?\s*to\s+\$/i.test(this.slice(at + m[0].length, at + m[0].length + 8));
      const level = toNext
        ? this.levels.find((l) => l.money.start > at)
        : [...this.levels].reverse().find((l) => l.money.end <= at);
      if (!level?.period) continue;
      const decimals = m[1]!.includes('.') ? m[1]!.split('.')[1]!.length : 0;
      for (const metric of level.metrics) {
        this.changes.push({
          metric,
          period: level.period,
          amount: null,
          percent: direction * Number(m[1]),
          tolerance: 0.5 * 10 ** -decimals,
          written: m[0],
          source: { start: at, end: at + m[0].length },
        });
      }
    }
  }
}

/**
 * Reads figures stated in sentences: "net sales of $49,023,417", "Pre-tax income rose from
 * $3,545,379 in 2003 to $4,500,938 in 2004". Each figure takes the metric named just before it
 * (or the one it is compared with) and the period its words give, else the sentence's period.
 */
export function extractProseFacts(text: string, paragraphs: Sentence[][], calendar: Calendar, primary: Period | null): ProseFacts {
  const facts: ProseFacts = { candidates: [], changes: [] };
  for (const sentences of paragraphs) {
    let context = primary;
    for (const sentence of sentences) {
      // Every figure has a digit: a sentence without one states nothing (and so sets no period).
      // A description of a company ("Solion is a privately held company with annual revenues of …") reports no result.
      if (!DIGIT.test(sentence.text) || SKIP_SENTENCE.test(sentence.text) || TARGET.test(sentence.text) || FIGURE_ROW.test(sentence.text) || DESCRIBES_COMPANY.test(sentence.text)) continue;
      // Figures and changes are all read from the sentence's sums: one without any has nothing to say.
      if (moneyIn(sentence).length === 0) continue;
      const reader = new SentenceReader(text, sentence, calendar, context);
      reader.read();
      facts.candidates.push(...reader.candidates);
      facts.changes.push(...reader.changes);
      // Only a sentence that states figures sets the period for the sentences after it, and one
      // that only looks back ("compare to … in the year-ago quarter") does not move the story back.
      const period = reader.candidates.length > 0 ? reader.period : null;
      if (period && (!context || period.end >= context.end)) context = period;
    }
  }
  return facts;
}
