import type { CustomerShare, Period, Source } from '@/lib/domain/release';
import { ANAPHORS, NONE } from '../lexicon/customers';
import { listTails, mentionsIn, resolvePeriods, type Calendar, type PeriodMention } from '../periods';
import type { Sentence } from '../prose/sentences';
import { refine } from '../rules';
import { basisAfter, leadingBasis, percentsIn, type Basis, type Percent } from './bases';
import { findShareVerbs, type ShareVerb } from './clause-rule';
import { findDefinitions, namesCustomerNoun, readEntities, type Entity } from './entities';
import { SHARE_RETELLINGS } from './retellings';

type Clause = { verb: ShareVerb; subjectStart: number; objectEnd: number };
/** What a clause leaves to the next one: "…88% of net revenues, of which Walmart accounted for 45%". */
type Carried = { basis: Basis | null; periods: Period[] };

const RESPECTIVELY = /\brespectively\b/i;
const COMPARED = /\bcompared\b/i;
// "six customers compared to 78% … five customers": the holder ends where its comparison starts.
const COMPARISON_ON = /\b(?:as\s+)?compared\s+(?:to|with)\b[\s\S]*$/i;
const APPOSITIVE = /,\s+(?:also\s+)?(?:a|an)\s+[a-z][^,]{0,60},\s*$/;
// "one of its national clients", "its largest customer": a holder mentioned in passing.
const MENTIONED_HOLDER = /\b(?:one\s+of\s+(?:its|our|the\s+company['’]s)\s+(?:[a-z-]+\s+){0,2}(?:customers|clients)|(?:its|our)\s+(?:largest|biggest|principal|major)\s+(?:customer|client))\b/i;

// "… of revenues to a distributor in Korea and 10% …": the holder a base is sold to, up to the clause's next part.
const HOLDER_AFTER = /^\s+to\s+((?:an?|one|the|its|our|[A-Z])[^,;.()]{1,100}?)(?=\s*(?:[,;.)]|\band\s+(?:approximately\s+)?\d|\b(?:in|for|during)\s+(?:(?:the|fiscal)\s+)?(?:(?:19|20)\d{2}|year|quarter|period|month|first|second|third|fourth|six|nine|three|twelve)\b|$))/;

// "…, including 9% and 15% from the Company's largest customer": shares of a holder within the ones before.
const INCLUDING = /,?\s+(?:including|of\s+which)\s+(?:approximately\s+|about\s+)?$/i;
const NESTED_HOLDER = /^\s*(?:,\s*respectively,\s*)?(?:were\s+|was\s+)?(?:from|attributable\s+to|due\s+from|owed\s+by)\s+([^,;.()]{2,80})/i;

const LEADING_PERIOD = /^\s*(?:(?:for|in|during|as\s+of|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?\s*,\s*/i;
// "top four customers, Boeing, Gulfstream, Spirit and Bombardier": a group, then its members.
const GROUP = /^(?:(?:the|our|its)\s+)?(?:top|largest|\w+\s+largest|major|significant)?\s*(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z-]+\s+){0,2}(?:customers|clients|distributors|wholesalers)$/i;

/** A stretch of text starting at `at` with the period phrases inside it blanked: offsets stay, dates part nothing. */
function withoutPeriods(text: string, at: number, periods: PeriodMention[]): string {
  let out = text;
  for (const m of periods) {
    const from = m.start - at;
    const to = m.end - at;
    if (from >= 0 && to <= out.length) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

/**
 * A later clause's subject: what follows the shares before it, from their last comma, else from the
 * "and" after them ("…49.9% of receivables and at March 31, 2030, Hitachi and Huawei accounted
 * for …"; "…45% of sales and Acme accounted for …"). Dates are no boundary.
 */
function laterSubject(plain: string, at: number, periods: PeriodMention[]): string {
  const blank = withoutPeriods(plain, at, periods);
  const lastFigure = /\d(?:\s*(?:%|percent\b))?(?=[^\d]*$)/.exec(blank);
  const tailStart = lastFigure ? lastFigure.index + lastFigure[0].length : 0;
  const tail = blank.slice(tailStart);
  const separator = /^[\s\S]*[,;:]\s+/.exec(tail) ?? /^[\s\S]*?\s+and\s+/.exec(tail);
  const from = tailStart + (separator ? separator[0].length : 0);
  // "…32% of revenue with the largest customer representing 12%": the holder follows the preposition.
  return plain.slice(from).replace(/^\s*(?:of\s+[\w\s]*?)?\b(?:from|to|with)\s+/i, '');
}

function clausesOf(verbs: ShareVerb[], start: number, end: number): Clause[] {
  return verbs.map((verb, i) => ({ verb, subjectStart: i === 0 ? start : verbs[i - 1]!.end, objectEnd: verbs[i + 1]?.start ?? end }));
}

function atBalanceDate(period: Period | null, basis: string): Period | null {
  if (!period) return null;
  if (/receivable/.test(basis)) return { end: period.end, months: 0 };
  return period.months === 0 ? { ...period, months: 12 } : period;
}

/** Runs of consecutive shares of one base: "64% and 67% of gross revenues and 61% and 46% of net revenues" is two. */
function groupByBasis(percents: Percent[], bases: (Basis | null)[]): { percents: Percent[]; basis: Basis | null }[] {
  const groups: { percents: Percent[]; basis: Basis | null }[] = [];
  percents.forEach((p, i) => {
    const last = groups[groups.length - 1];
    if (last && last.basis?.text === bases[i]?.text) last.percents.push(p);
    else groups.push({ percents: [p], basis: bases[i] ?? null });
  });
  return groups;
}

/** Reads the shares of one passage's sentences, remembering who was named for "these customers" after. */
class ShareReader {
  readonly shares: CustomerShare[] = [];
  private named: Entity[] = [];
  private carried: Carried = { basis: null, periods: [] };

  constructor(
    private readonly text: string,
    private readonly calendar: Calendar,
    private readonly definitions: Map<string, string>,
  ) {}

  /** A sentence with no share still names holders for "this account" after it: "one of its national clients has left". */
  remember(sentence: Sentence): void {
    const m = MENTIONED_HOLDER.exec(sentence.text);
    if (!m) return;
    const entity = readEntities(m[0], sentence.start + m.index, this.definitions, false)[0];
    if (entity) this.named = [entity];
  }

  /** Reads one sentence; a base and periods carry over to the next ("…23% of receivables. Acme accounted for 12%"). */
  read(sentence: Sentence): void {
    const clauses = clausesOf(findShareVerbs(sentence.text, sentence.start), sentence.start, sentence.end);
    if (clauses.length === 0) return;
    const mentions = refine([...mentionsIn(sentence)], [listTails], { text: sentence.text, offset: sentence.start });
    for (const clause of clauses) this.readClause(clause, sentence, mentions);
  }

  private subjectOf(clause: Clause, sentence: Sentence, periods: PeriodMention[]): { text: string; at: number } {
    const { verb } = clause;
    if (verb.passive) {
      const after = this.text.slice(verb.end, clause.objectEnd);
      const text = after.split(/[,.;]|\s+and\s+(?=[a-z])/)[0]!;
      return { text, at: verb.end };
    }
    const raw = this.text.slice(clause.subjectStart, verb.start);
    // A later clause's subject follows the last comma or "and" after the shares before it ("…, of which Walmart");
    // the first clause's follows a colon ("from two customers: Customer A amounted to …").
    // "Graybar, also a reseller, accounted for 11%": an appositive is no boundary.
    const plain = raw.replace(APPOSITIVE, (m) => ' '.repeat(m.length));
    const cut = clause.subjectStart === sentence.start ? plain.replace(/^[\s\S]*:\s+/, '') : laterSubject(plain, clause.subjectStart, periods);
    return { text: cut, at: verb.start - cut.length };
  }

  /** The holders a subject names: themselves, their members, or those named before ("these customers"). */
  private holders(subject: { text: string; at: number }, many: boolean, periods: PeriodMention[]): Entity[] {
    const text = withoutPeriods(subject.text, subject.at, periods)
      .replace(LEADING_PERIOD, (m) => ' '.repeat(m.length))
      .replace(COMPARISON_ON, (m) => ' '.repeat(m.length));
    // "They also", "these customers together": an adverb beside the words that refer back.
    const bare = text
      .trim()
      .replace(/^(?:[\w\s/-]*?\b(?:to|from|with)\s+)?/i, '')
      .replace(/[,\s]+$/, '')
      .replace(/\s+(?:also|together|collectively|combined|again|each|both|all)$/i, '');
    // "These three customers": those named before, else the words themselves ("three customers").
    if (ANAPHORS.test(bare) || ANAPHORS.test(text.trim())) {
      if (this.named.length > 0) return this.named;
      const own = bare.replace(/^(?:this|these|such|that|those|the\s+same|the)\s+/i, '');
      return /^(?:which|who|they|it)$/i.test(own) ? [] : readEntities(own, subject.at + text.indexOf(own), this.definitions, false);
    }
    // "Sales to our two largest customers, Acme and Brill": a counted group, then the names it counts.
    const counted = GROUP.test(bare.split(',')[0]!.trim());
    const entities = readEntities(text, subject.at, this.definitions, many || counted);
    if (entities.length > 1 && GROUP.test(entities[0]!.name)) return entities.slice(1);
    return entities;
  }

  private readClause(clause: Clause, sentence: Sentence, mentions: PeriodMention[]): void {
    const { verb } = clause;
    const scope: Source = verb.passive ? { start: clause.subjectStart, end: verb.start } : { start: verb.end, end: clause.objectEnd };
    const all = percentsIn(this.text.slice(scope.start, scope.end), scope.start);
    // "…35% and 42% of receivables, including 9% and 15% from its largest customer": the shares after "including" are another holder's.
    const nested = all.length > 1 ? this.nestedShares(all, scope.end) : null;
    const percents = nested ? all.slice(0, all.length - nested.percents.length) : all;
    const subject = this.subjectOf(clause, sentence, mentions);
    // A clause with no share of its own ("two customers that represented 10% or more of receivables")
    // still names holders and a base for the clause after it ("…, which accounted for 16% and 12%").
    if (percents.length === 0) {
      const entities = this.holders(subject, false, mentions);
      if (entities.length > 0 && !verb.copula) this.named = entities;
      this.carried = { basis: basisAfter(this.text, scope.start, clause.objectEnd) ?? this.carried.basis, periods: this.carried.periods };
      return;
    }
    // A passive clause's subject is its share, and a period may lead it: "During the third quarter of 2031, approximately 81% of revenues were …".
    const leading = mentions.filter((m) => m.end <= (verb.passive ? Math.max(clause.subjectStart, percents[0]!.start) : verb.start));
    const periodsOf = (found: PeriodMention[]) => found.flatMap((m) => resolvePeriods(m, this.calendar));
    const segments = this.segments(percents, this.ownMentions(mentions, percents, clause, sentence), clause.objectEnd);
    const clausePeriods = segments.some((s) => s.mentions.length > 0) ? [] : periodsOf(leading.slice(-1));
    const fallbackPeriods = clausePeriods.length > 0 ? clausePeriods : this.carried.periods;
    const respectively = RESPECTIVELY.test(this.text.slice(clause.subjectStart, clause.objectEnd));
    // "respectively" pairs shares with holders only where they are not as many as the periods a run uses.
    const runPeriods = segments.map((s, k) => (s.mentions.length > 0 ? periodsOf(s.mentions) : k === 0 ? periodsOf(leading.slice(-1)) : fallbackPeriods));
    const many = respectively && segments.some((s, k) => s.percents.length > 1 && runPeriods[k]!.length !== s.percents.length);
    // A share with no base of its own takes the one before it ("38% of net sales for 2024 and 41% for 2023").
    // Its base is looked for up to the next share, or a little past the clause, never into the next sentence.
    const stated = percents.map((p, i) => basisAfter(this.text, p.end, Math.min(sentence.end, Math.max(percents[i + 1]?.start ?? clause.objectEnd, p.end + 120))));
    const bases = stated.map((b, i) => b ?? stated.slice(0, i).reverse().find((x) => x !== null) ?? null);
    const entities = this.holders(subject, many, mentions);
    if (entities.length === 0) {
      if (!verb.copula && !verb.passive) this.holdersAfter(percents, stated, mentions, fallbackPeriods);
      return;
    }
    // A copula states a share only of holders called customers, or named as such before.
    if (verb.copula && entities !== this.named && !entities.some((e) => namesCustomerNoun(e.name))) return;
    this.named = entities;

    const fallback = basisAfter(this.text, percents[percents.length - 1]!.end, clause.objectEnd) ?? leadingBasis(this.text, clause.subjectStart, verb.start) ?? this.carried.basis;
    let periods = fallbackPeriods;
    let lastBasis: Basis | null = null;
    segments.forEach((segment, k) => {
      // The first run of shares takes the clause's leading period when none follows it ("For 2022, … 20% …, compared to 18% … in 2021").
      const own = periodsOf(segment.mentions);
      periods = own.length > 0 ? own : k === 0 ? periodsOf(leading.slice(-1)) : periods;
      if (periods.length === 0) periods = fallbackPeriods;
      const segmentBases = segment.percents.map((p) => bases[percents.indexOf(p)] ?? fallback);
      for (const group of groupByBasis(segment.percents, segmentBases)) {
        this.emit(group.percents, group.basis, entities, periods);
        lastBasis = group.basis ?? lastBasis;
      }
    });
    if (nested) this.emit(nested.percents, lastBasis ?? fallback, [nested.holder], periods);
    this.carried = { basis: lastBasis ?? this.carried.basis, periods };
  }

  /** The last shares of a clause when they come after "including" and name a holder of their own after them. */
  private nestedShares(percents: Percent[], end: number): { percents: Percent[]; holder: Entity } | null {
    for (let i = 1; i < percents.length; i++) {
      if (!INCLUDING.test(this.text.slice(percents[i - 1]!.end, percents[i]!.start))) continue;
      const last = percents[percents.length - 1]!;
      const from = NESTED_HOLDER.exec(this.text.slice(last.end, end));
      if (!from) return null;
      const holder = readEntities(from[1]!, last.end + from[0].length - from[1]!.length, this.definitions, false)[0];
      return holder ? { percents: percents.slice(i), holder } : null;
    }
    return null;
  }

  /**
   * The period mentions a clause's shares may take: not one that leads the next clause, joined by
   * "and" ("…21.5% of receivables and at December 31, 2029, Ostrava accounted for …").
   */
  private ownMentions(mentions: PeriodMention[], percents: Percent[], clause: Clause, sentence: Sentence): PeriodMention[] {
    if (clause.objectEnd >= sentence.end) return mentions;
    const lastShare = percents[percents.length - 1]!.end;
    return mentions.filter((m) => {
      if (m.start < lastShare || m.end > clause.objectEnd) return true;
      const before = this.text.slice(lastShare, m.start);
      const rest = this.text.slice(m.end, clause.objectEnd);
      return !(/\band\s+(?:(?:at|as\s+of|in|for|during)\s+)?$/i.test(before) && /^\s*,\s+\S/.test(rest) && !/\d\s*%|percent/i.test(rest));
    });
  }

  /**
   * Runs of shares a clause states, each with the period mentions that follow it: "43% of sales
   * for fiscal 2013 and 45% for fiscal 2012 and 2011" is two runs; "20% and 14%, respectively, …
   * compared to 20% and 10%, respectively, during 2021" too. A run ends at "respectively", at a
   * period mention, or at "compared".
   */
  private segments(percents: Percent[], mentions: PeriodMention[], end: number): { percents: Percent[]; mentions: PeriodMention[] }[] {
    const runs: { percents: Percent[]; mentions: PeriodMention[] }[] = [];
    let current: { percents: Percent[]; mentions: PeriodMention[] } = { percents: [], mentions: [] };
    percents.forEach((p, i) => {
      const nextStart = percents[i + 1]?.start ?? end;
      const between = mentions.filter((m) => m.start >= p.end && m.start < nextStart);
      const gap = this.text.slice(p.end, nextStart);
      current.percents.push(p);
      current.mentions.push(...between);
      if (between.length > 0 || RESPECTIVELY.test(gap) || COMPARED.test(gap) || i === percents.length - 1) {
        runs.push(current);
        current = { percents: [], mentions: [] };
      }
    });
    return runs;
  }

  /**
   * Shares whose holder follows their base, the subject being the company itself: "the Company
   * had sales totalling 12% of revenues to a distributor in Korea and 10% of revenues to …".
   */
  private holdersAfter(percents: Percent[], stated: (Basis | null)[], mentions: PeriodMention[], fallback: Period[]): void {
    percents.forEach((percent, i) => {
      const basis = stated[i];
      const to = basis ? HOLDER_AFTER.exec(this.text.slice(basis.end, basis.end + 120)) : null;
      if (!basis || !to) return;
      const entity = readEntities(to[1]!, basis.end + to[0].length - to[1]!.length, this.definitions, false)[0];
      // Each share's own period follows its holder ("… to a distributor for the year ended December 31, 2030").
      const nextShare = percents[i + 1]?.start ?? Infinity;
      const own = mentions.filter((m) => m.start >= percent.end && m.start < nextShare).flatMap((m) => resolvePeriods(m, this.calendar));
      if (entity) this.emit([percent], basis, [entity], (own.length > 0 ? own : fallback).slice(0, 1));
    });
  }

  /** Pairs a run of shares with holders or periods, as "respectively" and the counts say. */
  private emit(percents: Percent[], basis: Basis | null, entities: Entity[], periods: Period[]): void {
    if (!basis) return;
    const pairs: { entity: Entity; percent: Percent; period: Period | null }[] = [];
    if (entities.length === percents.length && entities.length > 1) {
      percents.forEach((percent, i) => pairs.push({ entity: entities[i]!, percent, period: periods[0] ?? null }));
    } else if (periods.length === percents.length) {
      percents.forEach((percent, i) => pairs.push({ entity: entities[0]!, percent, period: periods[i]! }));
    } else if (percents.length === 1 && periods.length > 1) {
      for (const period of periods) pairs.push({ entity: entities[0]!, percent: percents[0]!, period });
    } else {
      for (const percent of percents) pairs.push({ entity: entities[0]!, percent, period: periods[0] ?? null });
    }
    for (const { entity, percent, period } of pairs) {
      this.shares.push({
        customer: entity.name,
        aliases: entity.aliases,
        share: percent.value,
        basis: basis.text,
        period: atBalanceDate(period, basis.text),
        source: { start: Math.min(entity.start, percent.start), end: Math.max(percent.end, basis.end) },
        rule: 'customers/share-clause',
      });
    }
  }
}

/**
 * Customer concentration in running text: "Sales to Acme accounted for 12% of net sales in 2023,
 * compared to 10% in 2022"; lists with "respectively"; shares of receivables at balance dates;
 * holders named before ("these customers", "this payor source"). Thresholds ("no customer
 * accounted for more than 10%") and shares of regions, products or channels are left out.
 */
export function extractCustomerShares(text: string, sentences: Sentence[], calendar: Calendar, definitions: Map<string, string> = findDefinitions(text)): CustomerShare[] {
  const reader = new ShareReader(text, calendar, definitions);
  for (const sentence of sentences) {
    if (!/%|percent/i.test(sentence.text)) {
      reader.remember(sentence);
      continue;
    }
    if (NONE.test(sentence.text) && !/\d+(?:\.\d+)?\s*%\s+(?:and|of)/.test(sentence.text)) continue;
    reader.read(sentence);
  }
  return refine(reader.shares, [SHARE_RETELLINGS], null);
}
