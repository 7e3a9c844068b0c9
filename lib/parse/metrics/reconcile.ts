import { samePeriod } from '../periods/calendar-math';
import type { TableFact } from '../tables/extract';
import { touchedBy } from '../rules';
import { agree, type Candidate } from './merge';

const FACTORS = [1e3, 1e6];

function asCandidate(fact: TableFact, value = fact.value): Candidate {
  return { ...fact, value, derived: false, origin: 'table' };
}

function sameKey(a: Candidate | TableFact, b: Candidate | TableFact): boolean {
  return a.metric === b.metric && a.period.end === b.period.end && a.period.months === b.period.months;
}

function agreements(facts: TableFact[], factor: number, known: Candidate[]): number {
  return facts.filter((f) => known.some((k) => sameKey(f, k) && agree(asCandidate(f, f.value * factor), k))).length;
}

/**
 * Tables without an "(in thousands)" caption: when their figures match what the release states
 * elsewhere (prose, captioned tables) only after scaling by a thousand or a million, scale them.
 */
export function inferTableScales(facts: TableFact[], prose: Candidate[]): TableFact[] {
  const known = [...prose, ...facts.filter((f) => f.scaleStated).map((f) => asCandidate(f))];
  const byTable = new Map<number, TableFact[]>();
  for (const fact of facts) {
    if (fact.scaleStated || fact.perShare) continue;
    byTable.set(fact.table, [...(byTable.get(fact.table) ?? []), fact]);
  }
  const factors = new Map<number, number>();
  const unproven: number[] = [];
  for (const [table, tableFacts] of byTable) {
    const asIs = agreements(tableFacts, 1, known);
    const best = FACTORS.map((factor) => ({ factor, hits: agreements(tableFacts, factor, known) })).sort((a, b) => b.hits - a.hits)[0]!;
    if (best.hits > asIs) factors.set(table, best.factor);
    else if (asIs === 0) unproven.push(table);
  }
  // A release keeps one unit across its uncaptioned tables: one proven unit speaks for the rest.
  const proven = new Set(factors.values());
  if (proven.size === 1) for (const table of unproven) factors.set(table, [...proven][0]!);
  return facts.map((f) => (factors.has(f.table) && !f.perShare ? { ...f, value: f.value * factors.get(f.table)!, rule: touchedBy(f.rule, 'metrics/table-scale') } : f));
}

// Prose that writes a figure out in full ("$108,312,633") identifies it beyond doubt.
const EXACT = 1e-6;
const FULL_FIGURE = 1e5;

function writtenInFull(p: Candidate): boolean {
  return p.tolerance <= EXACT && Math.abs(p.value) >= FULL_FIGURE;
}

/** Whether a table states the very figure a prose candidate writes out. */
function sameFigure(f: TableFact, p: Candidate): boolean {
  return f.metric === p.metric && Math.abs(f.value - p.value) <= Math.abs(p.value) * 1e-9;
}

/** The facts of each re-dated column with its new period, marked by the refiner that moved it. */
function redated(facts: TableFact[], periods: Map<string, TableFact['period']>, rule: string): TableFact[] {
  return facts.map((f) => (periods.has(f.column) ? { ...f, period: periods.get(f.column)!, rule: touchedBy(f.rule, rule) } : f));
}

/**
 * A table column whose header names a different period than the prose gives, with its end date,
 * for the very same figure written out in full, takes the prose's period: the header slipped.
 */
export function correctColumnPeriods(facts: TableFact[], prose: Candidate[]): TableFact[] {
  const corrected = new Map<string, TableFact['period']>();
  for (const p of prose) {
    if (!p.explicitPeriod || !writtenInFull(p)) continue;
    for (const f of facts) {
      if (sameFigure(f, p) && (f.period.months !== p.period.months || f.period.end !== p.period.end)) corrected.set(f.column, p.period);
    }
  }
  return redated(facts, corrected, 'metrics/column-period');
}

/**
 * A column named by a fiscal label ("Q4 FY25") has its end reckoned from this year's year end; a
 * 52/53-week year ends on another day each year. Where another table states the same figure under a
 * dated header within a week of it, the column takes that date.
 */
export function alignReckonedColumns(facts: TableFact[]): TableFact[] {
  const aligned = new Map<string, TableFact['period']>();
  for (const f of facts) {
    if (!f.reckoned || aligned.has(f.column)) continue;
    const dated = facts.find((d) => !d.reckoned && d.metric === f.metric && d.value === f.value && samePeriod(d.period, f.period));
    if (dated && dated.period.end !== f.period.end) aligned.set(f.column, dated.period);
  }
  return redated(facts, aligned, 'metrics/column-date');
}

/**
 * A prose figure written out in full ("$979,198") that a table states under another period is the
 * table's figure misdated ("for the prior 12 months" read as the calendar year): the table's period
 * stands, and the prose figure is left out, unless the prose wrote its period out with a date.
 */
export function dropMisdatedProse(prose: Candidate[], facts: TableFact[]): Candidate[] {
  return prose.filter((p) => {
    if (p.explicitPeriod || !writtenInFull(p)) return true;
    const same = facts.filter((f) => sameFigure(f, p));
    return same.length === 0 || same.some((f) => samePeriod(f.period, p.period));
  });
}
