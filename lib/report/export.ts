import type { Correction } from '@/lib/domain/correction';
import type { CorrectedRelease } from './corrected-release';
import { described, rounded } from './export-sheets';
import { metricRows } from './metric-rows';

/** The report as the contract's JSON (../shared/eval/README.md), corrected values in place, the trail beside them. */
export function exportJson(fileName: string, release: CorrectedRelease) {
  return { file: fileName, ...release };
}

const HEADER = [
  'company', 'ticker', 'release_date', 'section', 'key', 'name', 'period_end', 'period_months', 'value', 'unit', 'prior_value', 'change', 'percent_change',
  'gaap', 'segment', 'derived', 'basis', 'date', 'amount', 'summary', 'corrected', 'rule', 'source_start', 'source_end', 'source_text',
] as const;

type Column = (typeof HEADER)[number];
type Line = Partial<Record<Column, string | number | boolean | null>>;

function corrections(trail: Correction[]): Line[] {
  return trail.map((c) => ({
    section: 'correction',
    key: c.factKey,
    name: c.action,
    date: c.createdAt,
    summary: `${c.reason} | before: ${described(c.before)} | after: ${described(c.after)}`,
  }));
}

/**
 * One CSV table of the corrected facts (metrics, customers, events) and then the correction trail,
 * each row with the company, ticker and release date; values as written, changes rounded.
 */
export function exportCsvRows(release: CorrectedRelease): string[][] {
  const corrected = new Set(release.corrections.map((c) => c.factKey));
  const quote = (s: { start: number; end: number }) => release.text.slice(s.start, s.end).replace(/\s+/g, ' ');
  const lines: Line[] = [
    ...metricRows(release).flatMap(({ metric, prior, change, percentChange }) => [metric, ...(prior ? [prior] : [])].map((m) => ({
      section: 'metric', key: m.key, name: m.metric, period_end: m.period.end, period_months: m.period.months, value: m.value, unit: m.unit,
      prior_value: m === metric ? (prior?.value ?? null) : null,
      change: m === metric ? rounded(change) : null,
      percent_change: m === metric ? rounded(percentChange, 2) : null,
      gaap: m.gaap, segment: m.segment, derived: m.derived, corrected: corrected.has(m.key), rule: m.rule,
      source_start: m.source.start, source_end: m.source.end, source_text: quote(m.source),
    }))),
    ...release.customers.map((c) => ({
      section: 'customer', key: c.key, name: c.customer.replace(/\s+/g, ' '), period_end: c.period?.end ?? null, period_months: c.period?.months ?? null,
      value: c.share, unit: '%', basis: c.basis, corrected: corrected.has(c.key), rule: c.rule, source_start: c.source.start, source_end: c.source.end, source_text: quote(c.source),
    })),
    ...release.events.map((e) => ({
      section: 'event', key: e.key, name: e.type, date: e.date, amount: e.amount, summary: e.summary, corrected: corrected.has(e.key), rule: e.rule,
      source_start: e.source.start, source_end: e.source.end,
    })),
    ...corrections(release.corrections),
  ];
  // Every row says which release it is of, so the files of several reports can be stacked.
  const who = { company: release.company.name, ticker: release.company.ticker, release_date: release.releaseDate };
  const cell = (v: Line[Column]) => (v === null || v === undefined ? '' : String(v));
  return [[...HEADER], ...lines.map((line) => HEADER.map((column) => cell({ ...who, ...line }[column])))];
}
