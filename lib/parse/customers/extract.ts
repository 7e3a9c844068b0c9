import type { CustomerShare, Period, Source } from '@/lib/domain/release';
import type { Sentence } from '../prose/sentences';
import { findDefinitions, readEntities, type Entity } from './entities';
import { findPeriodRuns, type PeriodRun } from './period-list';

type Percent = { value: number; start: number; end: number };
type Basis = { text: string; start: number; end: number };

// "accounted for", "represented", "comprised": the customer is the subject.
const ACTIVE = /\b(?:accounted\s+for|account\s+for|represented|represents|comprised|comprises|constituted|made\s+up|amounted\s+to|totaled|totalled|generated)\b/gi;
// "was attributable to Boeing", "were derived from sales to": the customer follows.
const PASSIVE = /\b(?:(?:was|were|is|are)\s+(?:attributable\s+to|derived\s+from(?:\s+sales\s+to)?|due\s+from|from))\b/gi;
const PERCENT = /(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)/gi;
const THRESHOLD_BEFORE = /(?:more\s+than|greater\s+than|in\s+excess\s+of|at\s+least|exceed(?:ed|ing|s)?|over|less\s+than|under|below|above|up\s+to|no\s+more\s+than)\s*(?:approximately\s+)?$/i;
const THRESHOLD_AFTER = /^\s*(?:or\s+(?:more|greater|higher|less)|and\s+(?:above|over))/i;
const CHANGE_BEFORE = /\b(?:increase[ds]?|decrease[ds]?|rose|grew|up|down|declined?|fell|by)\s*(?:approximately\s+)?$/i;
const BASIS =
  /^\s*(?:,\s*)?(?:or\s+)?(?:of|in)\s+(?:the\s+)?(?:company['’]s\s+|our\s+|its\s+|their\s+|his\s+)?((?:total\s+|consolidated\s+|gross\s+|net\s+|year-end\s+|outstanding\s+|trade\s+|annual\s+|worldwide\s+|combined\s+|product\s+)*(?:net\s+sales|sales|revenues?|billings|accounts\s+receivable(?:\s+balance)?|receivables?|backlog|net\s+patient\s+service\s+revenue|operating\s+revenues?)|the\s+total)\b/i;
const RESPECTIVELY = /\brespectively\b/i;
const NONE = /\b(?:no\s+(?:single\s+|other\s+|one\s+)?(?:customer|client)|none\s+of|did\s+not\s+account|not\s+account)/i;

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
  // Skip a money aside or a list of further shares: "or $33.3 million and $61.7 million, respectively, of".
  const window = text.slice(from, until);
  const skipped = window.replace(/^(?:\s*(?:,|and|or|respectively|approximately|\$?[\d.,]+\s*(?:%|percent|million|billion)?|\d+\s*%))*/i, (m) => ' '.repeat(m.length));
  const m = BASIS.exec(skipped);
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1]!);
  return { text: m[1]!.replace(/\s+/g, ' ').toLowerCase(), start: at, end: at + m[1]!.length };
}

function isReceivables(basis: string): boolean {
  return /receivable/.test(basis);
}

function pickPeriods(count: number, runs: PeriodRun[]): (Period | null)[] {
  const periods = runs.flatMap((r) => r.periods);
  if (periods.length === count) return periods;
  if (periods.length >= 1 && runs.length === 1 && runs[0]!.periods.length === 1) return Array(count).fill(periods[0]!);
  if (periods.length > count && count === 1) return [periods[0]!];
  return Array(count).fill(periods[0] ?? null);
}

function atBalanceDate(period: Period | null, basis: string): Period | null {
  if (!period) return null;
  return isReceivables(basis) ? { end: period.end, months: 0 } : period.months === 0 ? { ...period, months: 12 } : period;
}

type Clause = { verb: { start: number; end: number }; passive: boolean; subjectStart: number; objectEnd: number };

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

/** Reads one concentration clause into customer shares. */
function readClause(text: string, clause: Clause, sentence: Sentence, definitions: Map<string, string>, sentenceRuns: PeriodRun[]): CustomerShare[] {
  const { verb } = clause;
  const objectText = text.slice(verb.end, clause.objectEnd);
  const percents = clause.passive
    ? percentsIn(text.slice(clause.subjectStart, verb.start), clause.subjectStart)
    : percentsIn(objectText, verb.end);
  if (percents.length === 0) return [];
  // The subject starts after the last share of the clause before.
  const subjectText = clause.passive ? objectText.split(/[,.;]|\s+and\s+(?=[a-z])/)[0]! : text.slice(clause.subjectStart, verb.start);
  const subjectAt = clause.passive ? verb.end : clause.subjectStart;
  const subject = clause.passive ? subjectText : subjectText.replace(/^[\s\S]*\d\s*(?:%|percent)[^A-Za-z]*/i, '');
  const subjectOffset = subjectAt + (subjectText.length - subject.length);
  const withoutPeriods = stripPeriods(subject, subjectOffset, sentenceRuns);
  const respectively = RESPECTIVELY.test(text.slice(clause.subjectStart, clause.objectEnd));
  const entities = readEntities(withoutPeriods, subjectOffset, definitions, respectively && percents.length > 1);
  if (entities.length === 0) return [];

  const scopeStart = clause.passive ? clause.subjectStart : verb.end;
  const runs = sentenceRuns.filter((r) => r.start >= scopeStart && r.start < clause.objectEnd);
  const leading = sentenceRuns.filter((r) => r.end <= (clause.passive ? clause.subjectStart : verb.start));
  const usable = runs.length > 0 ? runs : leading.slice(-1);
  const shares: CustomerShare[] = [];
  const pairs: [Entity, Percent][] =
    entities.length > 1 && entities.length === percents.length
      ? entities.map((e, i) => [e, percents[i]!])
      : percents.map((p) => [entities[0]!, p]);
  const periods = entities.length > 1 && entities.length === percents.length ? pickPeriods(1, usable).map((p) => Array(percents.length).fill(p)).flat() : pickPeriods(percents.length, usable);
  pairs.forEach(([entity, percent], i) => {
    const nextPercent = percents[i + 1]?.start ?? clause.objectEnd;
    const basis = basisAfter(text, percent.end, Math.max(nextPercent, percent.end + 120)) ?? basisAfter(text, percents[percents.length - 1]!.end, clause.objectEnd);
    if (!basis) return;
    const source: Source = { start: Math.min(entity.start, percent.start), end: Math.max(percent.end, basis.end) };
    shares.push({
      customer: entity.name,
      aliases: entity.aliases,
      share: percent.value,
      basis: basis.text,
      period: atBalanceDate(periods[i] ?? null, basis.text),
      source,
    });
  });
  return shares;
}

/** The subject without a leading period ("For the three months ended …, the Company's three largest customers"). */
function stripPeriods(subject: string, offset: number, runs: PeriodRun[]): string {
  let out = subject;
  for (const run of runs) {
    const from = run.start - offset;
    const to = run.end - offset;
    if (from >= 0 && to <= subject.length) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  const comma = out.lastIndexOf(', ', out.search(/\S\s*$/));
  const afterLead = /^\s*(?:for|in|during|as\s+of|at)\b/i.test(subject) && comma > 0 ? ' '.repeat(comma + 1) + out.slice(comma + 1) : out;
  return afterLead;
}

/**
 * Customer concentration in running text: "Sales to USPS accounted for 53.9% of consolidated
 * net sales in 2004, compared to 52.7% … in 2003"; lists with "respectively"; shares of
 * receivables at balance dates. Thresholds ("no customer accounted for more than 10%") and
 * shares of regions, products or channels are left out.
 */
export function extractCustomerShares(text: string, sentences: Sentence[], yearEnd: [number, number] | null): CustomerShare[] {
  const definitions = findDefinitions(text);
  const shares: CustomerShare[] = [];
  for (const sentence of sentences) {
    if (!/%|percent/i.test(sentence.text) || NONE.test(sentence.text) && !/\d+(?:\.\d+)?\s*%\s+(?:and|of)/.test(sentence.text)) continue;
    const runs = findPeriodRuns(sentence.text, sentence.start, yearEnd ?? undefined);
    for (const clause of clausesOf(text, sentence.start, sentence.end)) {
      shares.push(...readClause(text, clause, sentence, definitions, runs));
    }
  }
  return shares;
}
