import { describe, expect, it } from 'vitest';
import { mergeCandidates, type Candidate } from './merge';

const base = { gaap: true, segment: null, derived: false, label: 'Net sales', tolerance: 0 } as const;

function candidate(origin: 'table' | 'prose', end: string, months: number, value: number, start: number, tolerance = 0): Candidate {
  return { ...base, metric: 'revenue', period: { end, months }, value, origin, source: { start, end: start + 5 }, tolerance, rule: origin === 'table' ? 'metrics/table-row' : 'metrics/prose-figure' };
}

describe('mergeCandidates', () => {
  it('takes the table as the authority: prose within a week of its period end joins it or is left out', () => {
    const merged = mergeCandidates([
      candidate('table', '2023-07-01', 3, 5_012_000, 900),
      // "net sales of $5.0 million for the quarter ended June 30": the table's 13 weeks ended July 1.
      candidate('prose', '2023-06-30', 3, 5_000_000, 100, 0.01),
      // Another quarter figure the table contradicts (an outlook, a segment): no second value.
      candidate('prose', '2023-06-30', 3, 7_400_000, 200, 0.01),
      // Nothing in the table for the year: the prose figure stands, with its own rule.
      candidate('prose', '2023-06-30', 12, 19_800_000, 300, 0.01),
    ]);
    expect(merged.map((m) => [m.period.end, m.period.months, m.value, m.rule, m.sources.map((s) => s.start)])).toEqual([
      ['2023-06-30', 12, 19_800_000, 'metrics/prose-figure', [300]],
      ['2023-07-01', 3, 5_012_000, 'metrics/table-row+metrics/merge', [100, 900]],
    ]);
  });

  it('keeps, of two prose figures that disagree, the one written to more digits, whichever comes first', () => {
    // "revenues were approximately $6 billion" (a partner's, rounded) before "Total sales in 2030 were $523,551,000".
    const merged = mergeCandidates([candidate('prose', '2030-12-31', 12, 6e9, 100, 0.5 / 6), candidate('prose', '2030-12-31', 12, 523_551_000, 900, 0.5 / 523_551_000)]);
    expect(merged.map((m) => [m.value, m.source.start])).toEqual([[523_551_000, 900]]);
    // Written alike ("$.40", "$.46"): the first stands.
    const alike = mergeCandidates([candidate('prose', '2030-12-31', 12, 0.4, 100, 0.005 / 0.4), candidate('prose', '2030-12-31', 12, 0.46, 900, 0.005 / 0.46)]);
    expect(alike.map((m) => m.value)).toEqual([0.4]);
  });

  it('keeps two periods apart whose ends are more than a week apart', () => {
    const merged = mergeCandidates([candidate('table', '2023-07-01', 3, 5_012_000, 900), candidate('prose', '2023-09-30', 3, 6_100_000, 100)]);
    expect(merged.map((m) => [m.period.end, m.value])).toEqual([
      ['2023-09-30', 6_100_000],
      ['2023-07-01', 5_012_000],
    ]);
  });

  it('folds a summary table\'s per-share figure of unstated kind into the statement\'s diluted figure it matches', () => {
    const eps = (metric: 'eps' | 'eps_diluted', value: number, start: number): Candidate => ({ ...candidate('table', '2031-03-31', 3, value, start, 0.001), metric, label: 'Profit per share' });
    const merged = mergeCandidates([eps('eps', 2.86, 100), eps('eps_diluted', 2.86, 900)]);
    expect(merged.map((m) => [m.metric, m.value, m.sources.map((s) => s.start)])).toEqual([['eps_diluted', 2.86, [100, 900]]]);
  });

  it("reads a statement's unqualified per-share row beside its diluted row as the basic figure", () => {
    const eps = (metric: 'eps' | 'eps_diluted', value: number, start: number, origin: 'table' | 'prose' = 'table'): Candidate => ({ ...candidate(origin, '2031-03-31', 3, value, start, 0.001), metric, label: 'Profit per common share' });
    const merged = mergeCandidates([eps('eps', 2.91, 100), eps('eps_diluted', 2.86, 200)]);
    expect(merged.map((m) => [m.metric, m.value, m.rule])).toEqual([
      ['eps_basic', 2.91, 'metrics/table-row+metrics/basic-beside-diluted'],
      ['eps_diluted', 2.86, 'metrics/table-row'],
    ]);
    // A prose figure of unstated kind that disagrees with the table stays out: prose may round or tell another period.
    expect(mergeCandidates([eps('eps', 2.9, 100, 'prose'), eps('eps_diluted', 2.86, 200)]).map((m) => m.metric)).toEqual(['eps_diluted']);
    // A per-share row far above the diluted figure, or below it, is no basic figure (a sum read under a per-share head).
    expect(mergeCandidates([eps('eps', 98.3, 100), eps('eps_diluted', 0.49, 200)]).map((m) => m.metric)).toEqual(['eps_diluted']);
    expect(mergeCandidates([eps('eps', 2.51, 100), eps('eps_diluted', 2.86, 200)]).map((m) => m.metric)).toEqual(['eps_diluted']);
  });

  it('takes net income attributable to the company over the total that includes non-controlling interests', () => {
    const ni = (label: string, value: number, start: number): Candidate => ({ ...candidate('table', '2031-07-31', 3, value, start), metric: 'net_income', label });
    const merged = mergeCandidates([ni('Net income (loss)', -77_645_000, 100), ni('Net income (loss) attributable to Orvanta', -77_675_000, 200)]);
    expect(merged.map((m) => [m.label, m.value])).toEqual([['Net income (loss) attributable to Orvanta', -77_675_000]]);
  });

  it('takes the statement of operations over a statement of cash flows set before it', () => {
    const ni = (role: Candidate['role'], value: number, start: number): Candidate => ({ ...candidate('table', '2031-12-31', 12, value, start), metric: 'net_income', label: 'Net income', role });
    const merged = mergeCandidates([ni('cash_flow', 71_902_000, 100), ni('income_statement', 70_118_000, 900)]);
    expect(merged.map((m) => [m.value, m.source.start])).toEqual([[70_118_000, 900]]);
  });
});
