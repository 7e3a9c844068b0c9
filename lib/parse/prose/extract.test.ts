import { describe, expect, it } from 'vitest';
import { extractProseFacts } from './extract';
import { splitSentences } from './sentences';
import type { Calendar } from '../periods';

const YEAR_2004: Calendar = { stated: [{ end: '2004-12-31', months: 12 }], fiscalYearEnd: [12, 31], anchor: '2005-07-27' };

function read(text: string, calendar: Calendar = YEAR_2004, primary = calendar.stated[0] ?? null) {
  const facts = extractProseFacts(text, [splitSentences(text)], calendar, primary);
  return {
    candidates: facts.candidates.map((c) => [c.metric, `${c.period.months}m ${c.period.end}`, c.value, text.slice(c.source.start, c.source.end)]),
    changes: facts.changes.map((c) => [c.metric, c.amount, c.percent, c.written]),
  };
}

describe('extractProseFacts', () => {
  it('reads "net sales of $X, an increase of $Y, or Z%" as a figure and its stated change', () => {
    const text =
      'In 2004 the Company recorded its largest sales volume ever, with consolidated\nnet sales of $49,023,417,  an increase of $9,766,979,  or 24.9%,  over the prior\nyear.';
    expect(read(text)).toEqual({
      candidates: [['revenue', '12m 2004-12-31', 49023417, '$49,023,417']],
      changes: [
        ['revenue', 9766979, null, '$9,766,979'],
        ['revenue', null, 24.9, '24.9%'],
      ],
    });
  });

  it('reads "rose from $X in 2003 to $Y in 2004" as two years', () => {
    const text = 'Pre-tax income rose from $3,545,379 in 2003\nto  $4,500,938 in 2004, an increase of 27.0%,  after  accounting  for a one-time\ncharge of  $1,102,500  for an  environmental  settlement.';
    expect(read(text).candidates).toEqual([
      ['pretax_income', '12m 2003-12-31', 3545379, '$3,545,379'],
      ['pretax_income', '12m 2004-12-31', 4500938, '$4,500,938'],
    ]);
  });

  it('reads diluted EPS and an absolute change in it', () => {
    const text = 'Earnings per\nshare on a diluted basis were $1.73 per share,  up $0.35 from the previous year,\nan increase of 25.4%.';
    expect(read(text)).toEqual({
      candidates: [['eps_diluted', '12m 2004-12-31', 1.73, '$1.73']],
      changes: [
        ['eps_diluted', 0.35, null, '$0.35'],
        ['eps_diluted', null, 25.4, '25.4%'],
      ],
    });
  });

  it('reads a quarter and its comparison, and the per-share figures beside them', () => {
    const calendar: Calendar = { stated: [], fiscalYearEnd: null, anchor: '2005-01-25' };
    const text =
      'ATLANTA - Southern Company today reported fourth quarter earnings of $204.5\nmillion, or 27 cents a share, compared with $125.0 million, or 17 cents a share,\nin the fourth quarter of 2003.';
    expect(read(text, calendar, { end: '2004-12-31', months: 3 }).candidates).toEqual([
      ['net_income', '3m 2004-12-31', 204500000, '$204.5\nmillion'],
      ['eps', '3m 2004-12-31', 0.27, '27 cents'],
      ['net_income', '3m 2003-12-31', 125000000, '$125.0 million'],
      ['eps', '3m 2003-12-31', 0.17, '17 cents'],
    ]);
  });

  it('reads "the same quarter of 1996" as that quarter a year before, not as some period in 1996', () => {
    // Corpus 033.html; "in 1996" inside the phrase used to win and name the wrong quarter.
    const calendar: Calendar = { stated: [{ end: '1996-03-31', months: 3 }], fiscalYearEnd: [12, 31], anchor: '1997-10-28' };
    const text = 'Sales for the third quarter of 1997 were $278.9 million, an increase of 4.2% as compared to $267.5 million for the same quarter of 1996.';
    expect(read(text, calendar, { end: '1997-09-30', months: 3 }).candidates).toEqual([
      ['revenue', '3m 1997-09-30', 278900000, '$278.9 million'],
      ['revenue', '3m 1996-09-30', 267500000, '$267.5 million'],
    ]);
  });

  it('reads "net loss of" and "$(0.42)" as negative, for basic and diluted alike', () => {
    const calendar: Calendar = { stated: [{ end: '2024-12-31', months: 12 }], fiscalYearEnd: [12, 31], anchor: '2025-04-16' };
    const text =
      'Net loss attributable to ABVC narrowed from $7.79 million in 2023 to $4.90 million in 2024. Basic and diluted loss per share improved significantly from $(1.80) to $(0.42), reflecting a 77% year-over-year improvement.';
    expect(read(text, calendar).candidates).toEqual([
      ['net_income', '12m 2023-12-31', -7790000, '$7.79 million'],
      ['net_income', '12m 2024-12-31', -4900000, '$4.90 million'],
      ['eps_basic', '12m 2023-12-31', -1.8, '$(1.80)'],
      ['eps_diluted', '12m 2023-12-31', -1.8, '$(1.80)'],
      ['eps_basic', '12m 2024-12-31', -0.42, '$(0.42)'],
      ['eps_diluted', '12m 2024-12-31', -0.42, '$(0.42)'],
    ]);
  });

  it('takes no figure from a charge, an outlook or a product line', () => {
    const text = [
      "Sears' second quarter 2004 earnings included two pretax charges, including $41 million, or $0.12 per share, for severance costs.",
      'The company anticipates third quarter earnings per share to be between $0.00 and $0.10.',
      'Annuity sales in the quarter ended June 30, 1997 totaled $327 million.',
    ].join(' ');
    expect(read(text).candidates).toEqual([]);
  });
});
