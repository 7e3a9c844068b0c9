import type { CustomerShare, Period, Source } from '@/lib/domain/release';
import type { Sentence } from '../prose/sentences';
import { findDefinitions, readEntities, type Entity } from './entities';
import { findPeriodRuns, type PeriodRun } from './period-list';

type Percent = { value: number; start: number; end: number };
type Basis = { text: string; start: number; end: number };
type Clause = { verb: { start: number; end: number }; passive: boolean; subjectStart: number; objectEnd: number };
/** What a clause leaves to the next one in its sentence: "…88% of net revenues, of which Walmart accounted for 45%". */
type Carried = { basis: Basis | null; periods: Period[] };

// "accounted for", "represented", "comprised": the customer is the subject.
const ACTIVE = /\b(?:accounted\s+for|accounting\s+for|account\s+for|represented|representing|represents|comprised|comprises|constituted|made\s+up|amounted\s+to|totaled|totalled)\b/gi;
// "was attributable to Boeing", "were owed by Walmart": the customer follows.
const PASSIVE = /\b(?:(?:was|were|is|are)\s+(?:attributable\s+to|derived\s+from(?:\s+sales\s+to)?|due\s+from|owed\s+by))\b/gi;
const PERCENT = /(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)/gi;
const THRESHOLD_BEFORE = /(?:more\s+than|greater\s+than|in\s+excess\s+of|at\s+least|exceed(?:ed|ing|s)?|over|less\s+than|under|below|above|up\s+to|no\s+more\s+than)\s*(?:approximately\s+)?$/i;
const THRESHOLD_AFTER = /^\s*(?:or\s+(?:more|greater|higher|less)|and\s+(?:above|over))/i;
const CHANGE_BEFORE = /\b(?:increase[ds]?|decrease[ds]?|rose|grew|up|down|declined?|fell|by)\s*(?:approximately\s+)?$/i;
// "of consolidated net sales", "of our receivables", "of the total": what a share is of.
const BASIS_CORE = String.raw`(?:of|in)\s+(?:the\s+)?(?:company['’]s\s+|our\s+|its\s+|their\s+)?((?:total\s+|consolidated\s+|gross\s+|net\s+|year-end\s+|outstanding\s+|trade\s+|annual\s+|worldwide\s+|combined\s+|product\s+)*(?:net\s+sales|sales|revenues?|billings|accounts\s+receivable(?:\s+balance)?|receivables?|backlog|net\s+patient\s+service\s+revenue|operating\s+revenues?)|the\s+total)\b`;
// Right after the share.
const BASIS = new RegExp(String.raw`^\s*(?:,\s*)?(?:or\s+)?${BASIS_CORE}`, 'i');
// Further along the clause, past period phrases: "60.5% for the year ended December 31, 2011, … of net patient service revenue".
const LOOSE_BASIS = new RegExp(String.raw`[\s,]${BASIS_CORE}`, 'i');
// "Of total net accounts receivable, three U.S. wholesalers accounted for 81 %": the base comes first.
const LEADING_BASIS = new RegExp(String.raw`^\s*${BASIS_CORE}`, 'i');
const RESPECTIVELY = /\brespectively\b/i;
const NONE = /\b(?:no\s+(?:single\s+|other\s+|one\s+)?(?:customer|client)|none\s+of|did\s+not\s+account|not\s+account)/i;
const LEADING_PERIOD = /^\s*(?:(?:for|in|during|as\s+of|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?\s*,\s*/i;

function percentsIn(text: string, offset: number): Percent[] {
  const found: Percent[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (THRESHOLD_BEFORE.test(before) || THRESHOLD_AFTER.test(after) || CHANGE_BEFORE.test(before)) continue;
    found.push({ value: Number(m[1]), start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return found;
}

/** The base a share is of ("consolidated net sales", "accounts receivable"), read right after the share. */
function basisAfter(text: string, from: number, until: number): Basis | null {
  // Skip a money aside or further shares: "or $33.3 million and $61.7 million, respectively, of".
  const window = text.slice(from, until);
  const skipped = window.replace(/^(?:\s*(?:,|and|or|respectively|approximately|\$?[\d.,]+\s*(?:%|percent|million|billion)?))*/i, (m) => ' '.repeat(m.length));
  const m = BASIS.exec(skipped) ?? LOOSE_BASIS.exec(skipped);
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1]!);
  return { text: m[1]!.replace(/\s+/g, ' ').toLowerCase(), start: at, end: at + m[1]!.length };
}

function atBalanceDate(period: Period | null, basis: string): Period | null {
  if (!period) return null;
  if (/receivable/.test(basis)) return { end: period.end, months: 0 };
  return period.months === 0 ? { ...period, months: 12 } : period;
}

function clausesOf(text: string, start: number, end: number): Clause[] {
  const slice = text.slice(start, end);
  const verbs = [
    ...[...slice.matchAll(ACTIVE)].map((m) => ({ start: start + m.index, end: start + m.index + m[0].length, passive: false })),
    ...[...slice.matchAll(PASSIVE)].map((m) => ({ start: start + m.index, end: start + m.index + m[0].length, passive: true })),
  ].sort((a, b) => a.start - b.start);
  return verbs.map((verb, i) => ({
    verb,
    passive: verb.passive,
    subjectStart: i === 0 ? start : verbs[i - 1]!.end,
    objectEnd: verbs[i + 1]?.start ?? end,
  }));
}

/** The subject with its period phrases blanked out ("For the three months ended …, the Company's three largest customers"). */
function blankPeriods(subject: string, offset: number, runs: PeriodRun[]): string {
  let out = subject;
  for (const run of runs) {
    const from = run.start - offset;
    const to = run.end - offset;
    if (from >= 0 && to <= subject.length) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out.replace(LEADING_PERIOD, (m) => ' '.repeat(m.length));
}

class SentenceShares {
  private readonly runs: PeriodRun[];
  readonly shares: CustomerShare[] = [];
  private carried: Carried = { basis: null, periods: [] };

  constructor(
    private readonly text: string,
    private readonly sentence: Sentence,
    private readonly definitions: Map<string, string>,
    yearEnd: [number, number] | null,
  ) {
    this.runs = findPeriodRuns(sentence.text, sentence.start, yearEnd ?? undefined);
  }

  read(): void {
    for (const clause of clausesOf(this.text, this.sentence.start, this.sentence.end)) this.readClause(clause);
  }

  private subjectOf(clause: Clause): { text: string; at: number } {
    const { verb } = clause;
    if (clause.passive) {
      const after = this.text.slice(verb.end, clause.objectEnd);
      return { text: after.split(/[,.;]|\s+and\s+(?=[a-z])/)[0]!, at: verb.end };
    }
    const raw = this.text.slice(clause.subjectStart, verb.start);
    // A later clause's subject follows the last comma or "and" after the shares before it: "…, of which Walmart".
    const text = clause.subjectStart === this.sentence.start ? raw : raw.replace(/^[\s\S]*(?:[,;]|\s+and)\s+/, '');
    return { text, at: verb.start - text.length };
  }

  private leadingBasis(clause: Clause): Basis | null {
    const m = LEADING_BASIS.exec(this.text.slice(clause.subjectStart, clause.verb.start));
    if (!m) return null;
    const at = clause.subjectStart + m.index + m[0].indexOf(m[1]!);
    return { text: m[1]!.replace(/\s+/g, ' ').toLowerCase(), start: at, end: at + m[1]!.length };
  }

  private readClause(clause: Clause): void {
    const { verb } = clause;
    const percents = clause.passive
      ? percentsIn(this.text.slice(clause.subjectStart, verb.start), clause.subjectStart)
      : percentsIn(this.text.slice(verb.end, clause.objectEnd), verb.end);
    if (percents.length === 0) return;
    const subject = this.subjectOf(clause);
    const scopeStart = clause.passive ? clause.subjectStart : verb.end;
    const own = this.runs.filter((r) => r.start >= scopeStart && r.start < clause.objectEnd);
    const leading = this.runs.filter((r) => r.end <= (clause.passive ? clause.subjectStart : verb.start));
    const runs = own.length > 0 ? own : leading.slice(-1);
    const periods = runs.length > 0 ? runs.flatMap((r) => r.periods) : this.carried.periods;
    // "respectively" pairs shares with periods when they match in number, else with a list of customers.
    const byCustomer = RESPECTIVELY.test(this.text.slice(clause.subjectStart, clause.objectEnd)) && percents.length > 1 && periods.length !== percents.length;
    const entities = readEntities(blankPeriods(subject.text, subject.at, this.runs), subject.at, this.definitions, byCustomer);
    if (entities.length === 0) return;

    const pairs: { entity: Entity; percent: Percent; period: Period | null }[] = [];
    if (byCustomer && entities.length === percents.length) {
      entities.forEach((entity, i) => pairs.push({ entity, percent: percents[i]!, period: periods[0] ?? null }));
    } else if (periods.length === percents.length) {
      percents.forEach((percent, i) => pairs.push({ entity: entities[0]!, percent, period: periods[i]! }));
    } else if (percents.length === 1 && periods.length > 1) {
      // "For the quarter and three quarters ended September 26, 2011, one customer accounted for 11%".
      for (const period of periods) pairs.push({ entity: entities[0]!, percent: percents[0]!, period });
    } else {
      percents.forEach((percent) => pairs.push({ entity: entities[0]!, percent, period: periods[0] ?? null }));
    }

    let lastBasis: Basis | null = null;
    pairs.forEach(({ entity, percent, period }) => {
      const next = percents.find((p) => p.start > percent.start)?.start ?? clause.objectEnd;
      const basis =
        basisAfter(this.text, percent.end, Math.max(next, percent.end + 120)) ??
        basisAfter(this.text, percents[percents.length - 1]!.end, clause.objectEnd) ??
        this.leadingBasis(clause) ??
        this.carried.basis;
      if (!basis) return;
      lastBasis = basis;
      const source: Source = { start: Math.min(entity.start, percent.start), end: Math.max(percent.end, basis.end) };
      this.shares.push({ customer: entity.name, aliases: entity.aliases, share: percent.value, basis: basis.text, period: atBalanceDate(period, basis.text), source, rule: 'customers/clause' });
    });
    this.carried = { basis: lastBasis ?? this.carried.basis, periods };
  }
}

/**
 * Customer concentration in running text: "Sales to USPS accounted for 53.9% of consolidated
 * net sales in 2004, compared to 52.7% … in 2003"; lists with "respectively"; shares of
 * receivables at balance dates. Thresholds ("no customer accounted for more than 10%") and
 * shares of regions, products or channels are left out.
 */
export function extractCustomerShares(
  text: string,
  sentences: Sentence[],
  yearEnd: [number, number] | null,
  definitions: Map<string, string> = findDefinitions(text),
): CustomerShare[] {
  const shares: CustomerShare[] = [];
  for (const sentence of sentences) {
    if (!/%|percent/i.test(sentence.text)) continue;
    if (NONE.test(sentence.text) && !/\d+(?:\.\d+)?\s*%\s+(?:and|of)/.test(sentence.text)) continue;
    const reader = new SentenceShares(text, sentence, definitions, yearEnd);
    reader.read();
    shares.push(...reader.shares);
  }
  return shares;
}
