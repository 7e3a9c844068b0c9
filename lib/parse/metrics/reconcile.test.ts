import { describe, expect, it } from 'vitest';
import { htmlToText } from '../ingest/html-to-text';
import { extractTableFacts } from '../tables/extract';
import { readTableLines } from '../tables/rows';
import { splitLines } from '../text/lines';
import type { Candidate } from './merge';
import { alignReckonedColumns, dropMisdatedProse } from './reconcile';

describe('alignReckonedColumns', () => {
  it('dates a fiscal-label column by the statement that states the same figure with its date', () => {
    // A 52/53-week year: this year ends January 25, 2026, last year ended January 26, 2025.
    const { text, grid } = htmlToText(`
      <table><tr><td>($ in millions)</td><td>Q4 FY26</td><td>Q4 FY25</td></tr>
      <tr><td>Revenue</td><td>$9,120</td><td>$7,455</td></tr></table>
      <p>Statement of income</p>
      <table><tr><td></td><td>Three Months Ended</td></tr>
      <tr><td></td><td>January 25, 2026</td><td>January 26, 2025</td></tr>
      <tr><td>Revenue</td><td>$9,120</td><td>$7,455</td></tr></table>`);
    const facts = extractTableFacts(readTableLines(splitLines(text), grid), { months: 3, monthDay: [1, 25], fiscalYearEnd: [1, 25] });
    const ends = (fs: typeof facts) => fs.map((f) => [f.value, f.period.end, f.reckoned]);
    expect(ends(facts)).toEqual([
      [9120000000, '2026-01-25', true],
      [7455000000, '2025-01-25', true],
      [9120000000, '2026-01-25', false],
      [7455000000, '2025-01-26', false],
    ]);
    expect(ends(alignReckonedColumns(facts))).toEqual([
      [9120000000, '2026-01-25', true],
      [7455000000, '2025-01-26', true],
      [9120000000, '2026-01-25', false],
      [7455000000, '2025-01-26', false],
    ]);
  });
});

describe('dropMisdatedProse', () => {
  const prose = (end: string, value: number, explicitPeriod = false): Candidate => ({
    metric: 'net_income', period: { end, months: 12 }, value, gaap: true, segment: null, derived: false, label: 'net income',
    source: { start: 0, end: 8 }, origin: 'prose', tolerance: 0, explicitPeriod, rule: 'metrics/prose-figure',
  });

  it('leaves out a figure written in full that a table states under another period, unless the prose dated it', () => {
    const { text, grid } = htmlToText(`<table><tr><td></td><td>Twelve Months Ended June 30,</td></tr>
      <tr><td></td><td>2031</td><td>2030</td></tr>
      <tr><td>Net income</td><td>$979,198</td><td>$1,134,519</td></tr></table>`);
    const facts = extractTableFacts(readTableLines(splitLines(text), grid), { months: null, monthDay: null, fiscalYearEnd: null });
    const kept = dropMisdatedProse([prose('2030-12-31', 979198), prose('2031-06-30', 979198), prose('2030-12-31', 979198, true), prose('2030-12-31', 512000)], facts);
    expect(kept.map((c) => [c.period.end, c.value, c.explicitPeriod])).toEqual([
      ['2031-06-30', 979198, false],
      ['2030-12-31', 979198, true],
      ['2030-12-31', 512000, false],
    ]);
  });
});
