import type { Correction } from '@/lib/domain/correction';
import { METRICS } from '@/lib/domain/metrics';
import type { CorrectedRelease } from './corrected-release';
import { metricRows } from './metric-rows';

/** A cell of an exported sheet: numbers stay numbers. */
export type SheetCell = string | number | boolean | null;
/** One section of a report as a table: its name, its columns, its rows. */
export type Sheet = { name: string; columns: string[]; rows: SheetCell[][] };

// Every row says which release it is of, so sheets of several reports can be stacked.
const WHO = ['Company', 'Ticker', 'Release date'];

/** Rounds away binary noise: 24.880000000000003 is 24.88. */
export function rounded(value: number | null, digits = 4): number | null {
  return value === null ? null : Number(value.toFixed(digits));
}

/** A fact a correction changed, in words: "Net income, 12 months to 2004-12-31: 2700000"; "none" before an added fact and after a dismissal. */
export function described(fact: Correction['before'] | null): string {
  if (fact === null) return 'none';
  if ('metric' in fact) return `${METRICS[fact.metric].name}, ${fact.period.months} months to ${fact.period.end}: ${fact.value}`;
  if ('customer' in fact) return `${fact.customer}: ${fact.share}%${fact.period ? `, ${fact.period.months} months to ${fact.period.end}` : ''}`;
  return `${fact.type}${fact.date ? ` on ${fact.date}` : ''}${fact.amount !== null ? `, ${fact.amount}` : ''}`;
}

/** The corrected facts of a report and its correction trail, a sheet per section. */
export function exportSheets(release: CorrectedRelease): Sheet[] {
  const who = [release.company.name, release.company.ticker, release.releaseDate];
  const corrected = new Set(release.corrections.map((c) => c.factKey));
  const quote = (s: { start: number; end: number }) => release.text.slice(s.start, s.end).replace(/\s+/g, ' ');
  return [
    {
      name: 'Metrics',
      columns: [...WHO, 'Metric', 'Period end', 'Months', 'Value', 'Unit', 'Prior value', 'Change', '% change', 'GAAP', 'Segment', 'Derived', 'Corrected', 'Source', 'Rule'],
      rows: metricRows(release).flatMap(({ metric, prior, change, percentChange }) =>
        [metric, ...(prior ? [prior] : [])].map((m) => [
          ...who, METRICS[m.metric].name, m.period.end, m.period.months, m.value, m.unit,
          m === metric ? (prior?.value ?? null) : null, m === metric ? rounded(change) : null, m === metric ? rounded(percentChange, 2) : null,
          m.gaap, m.segment, m.derived, corrected.has(m.key), quote(m.source), m.rule,
        ]),
      ),
    },
    {
      name: 'Customers',
      columns: [...WHO, 'Customer', 'Period end', 'Months', 'Share %', 'Basis', 'Corrected', 'Source', 'Rule'],
      rows: release.customers.map((c) => [
        ...who, c.customer.replace(/\s+/g, ' '), c.period?.end ?? null, c.period?.months ?? null, c.share, c.basis.replace(/\s+/g, ' '), corrected.has(c.key), quote(c.source), c.rule,
      ]),
    },
    {
      name: 'Events',
      columns: [...WHO, 'Type', 'Date', 'Amount', 'Summary', 'Corrected', 'Source', 'Rule'],
      rows: release.events.map((e) => [...who, e.type, e.date, e.amount, e.summary, corrected.has(e.key), quote(e.source), e.rule]),
    },
    {
      name: 'Corrections',
      columns: [...WHO, 'When', 'Action', 'Reason', 'Before', 'After'],
      rows: release.corrections.map((c) => [...who, c.createdAt, c.action, c.reason, described(c.before), described(c.after)]),
    },
  ];
}
