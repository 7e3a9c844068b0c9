import { describe, expect, it } from 'vitest';
import { extractProseFacts } from './extract';
import { splitSentences } from './sentences';
import type { Calendar } from '../periods';

const YEAR_2011: Calendar = { stated: [{ end: '2011-12-31', months: 12 }], fiscalYearEnd: [12, 31], anchor: '2012-07-26' };

function read(text: string, calendar: Calendar = YEAR_2011, primary = calendar.stated[0] ?? null) {
  const facts = extractProseFacts(text, [splitSentences(text)], calendar, primary);
  return {
    candidates: facts.candidates.map((c) => [c.metric, `${c.period.months}m ${c.period.end}`, c.value, text.slice(c.source.start, c.source.end)]),
    changes: facts.changes.map((c) => [c.metric, c.amount, c.percent, c.written]),
  };
}

describe('extractProseFacts', () => {
  it('reads "net sales of $X, an increase of $Y, or Z%" as a figure and its stated change', () => {
    // 61,482,305 - 8,214,660 = 53,267,645; 8,214,660 / 53,267,645 = 15.4%.
    const text =
      'Fiscal 2011 brought Tamsworth Fittings the busiest shipping year in its history, with consolidated\nnet sales of $61,482,305,  an increase of $8,214,660,  or 15.4%,  over the prior\nyear.';
    expect(read(text)).toEqual({
      candidates: [['revenue', '12m 2011-12-31', 61482305, '$61,482,305']],
      changes: [
        ['revenue', 8214660, null, '$8,214,660'],
        ['revenue', null, 15.4, '15.4%'],
      ],
    });
  });

  it('reads "rose from $X in 2010 to $Y in 2011" as two years', () => {
    // 3,604,212 / 2,817,450 = 1.279, an increase of 27.9%.
    const text = 'Pre-tax income rose from $2,817,450 in 2010\nto  $3,604,212 in 2011, an increase of 27.9%,  even  after  absorbing  a one-time\ncharge of  $845,000  to  relocate  the main  warehouse.';
    expect(read(text).candidates).toEqual([
      ['pretax_income', '12m 2010-12-31', 2817450, '$2,817,450'],
      ['pretax_income', '12m 2011-12-31', 3604212, '$3,604,212'],
    ]);
  });

  it('reads diluted EPS and an absolute change in it', () => {
    // 2.18 - 0.41 = 1.77; 0.41 / 1.77 = 23.2%.
    const text = 'Earnings per\nshare on a diluted basis were $2.18 per share,  up $0.41 from the year before,\nan increase of 23.2%.';
    expect(read(text)).toEqual({
      candidates: [['eps_diluted', '12m 2011-12-31', 2.18, '$2.18']],
      changes: [
        ['eps_diluted', 0.41, null, '$0.41'],
        ['eps_diluted', null, 23.2, '23.2%'],
      ],
    });
  });

  it('reads a quarter and its comparison, and the per-share figures beside them', () => {
    const calendar: Calendar = { stated: [], fiscalYearEnd: null, anchor: '2012-01-26' };
    const text =
      'DENVER - Halvorsen Power Cooperative today reported fourth quarter earnings of $318.6\nmillion, or 42 cents a share, compared with $251.3 million, or 33 cents a share,\nin the fourth quarter of 2010.';
    expect(read(text, calendar, { end: '2011-12-31', months: 3 }).candidates).toEqual([
      ['net_income', '3m 2011-12-31', 318600000, '$318.6\nmillion'],
      ['eps', '3m 2011-12-31', 0.42, '42 cents'],
      ['net_income', '3m 2010-12-31', 251300000, '$251.3 million'],
      ['eps', '3m 2010-12-31', 0.33, '33 cents'],
    ]);
  });

  it('reads "the same quarter of 2006" as that quarter a year before, not as some period in 2006', () => {
    // The form of corpus 033.html; "in 2006" inside the phrase used to win and name the wrong quarter.
    // 412.6 / 388.9 = 1.061, an increase of 6.1%.
    const calendar: Calendar = { stated: [{ end: '2006-03-31', months: 3 }], fiscalYearEnd: [12, 31], anchor: '2007-10-30' };
    const text = 'Sales for the third quarter of 2007 were $412.6 million, an increase of 6.1% as compared to $388.9 million for the same quarter of 2006.';
    expect(read(text, calendar, { end: '2007-09-30', months: 3 }).candidates).toEqual([
      ['revenue', '3m 2007-09-30', 412600000, '$412.6 million'],
      ['revenue', '3m 2006-09-30', 388900000, '$388.9 million'],
    ]);
  });

  it('reads "net loss of" and "$(0.64)" as negative, for basic and diluted alike', () => {
    // 0.64 / 2.15 = 0.298: the loss per share shrank by 70%.
    const calendar: Calendar = { stated: [{ end: '2019-12-31', months: 12 }], fiscalYearEnd: [12, 31], anchor: '2020-04-15' };
    const text =
      'Net loss attributable to Corvantis narrowed from $9.36 million in 2018 to $5.12 million in 2019. Basic and diluted loss per share improved sharply from $(2.15) to $(0.64), a 70% improvement on the prior year.';
    expect(read(text, calendar).candidates).toEqual([
      ['net_income', '12m 2018-12-31', -9360000, '$9.36 million'],
      ['net_income', '12m 2019-12-31', -5120000, '$5.12 million'],
      ['eps_basic', '12m 2018-12-31', -2.15, '$(2.15)'],
      ['eps_diluted', '12m 2018-12-31', -2.15, '$(2.15)'],
      ['eps_basic', '12m 2019-12-31', -0.64, '$(0.64)'],
      ['eps_diluted', '12m 2019-12-31', -0.64, '$(0.64)'],
    ]);
  });

  it('takes no figure from a range: an outlook of "$410 - $425 million" is no revenue', () => {
    expect(read('For the fourth quarter the company expects revenue of $410 - $425 million.').candidates).toEqual([]);
  });

  it('dates a figure by the phrase after its per-share pair, and a look back moves the next sentence\'s period no more', () => {
    const q4: Calendar = { stated: [{ end: '2031-12-31', months: 3 }], fiscalYearEnd: [12, 31], anchor: '2032-01-28' };
    const text =
      'Net income for the fourth quarter of 2031 was $5.2 million. This compares with net income of $4.1 million, or 10 cents per share, in the fourth quarter of 2030. Revenue for the quarter was $50.3 million.';
    expect(read(text, q4).candidates).toEqual([
      ['net_income', '3m 2031-12-31', 5200000, '$5.2 million'],
      ['net_income', '3m 2030-12-31', 4100000, '$4.1 million'],
      ['eps', '3m 2030-12-31', 0.1, '10 cents'],
      ['revenue', '3m 2031-12-31', 50300000, '$50.3 million'],
    ]);
  });

  it('reads a year alone after a comparison as the same period in that year', () => {
    const q3: Calendar = { stated: [{ end: '2031-09-30', months: 3 }], fiscalYearEnd: [12, 31], anchor: '2031-10-20' };
    expect(read('Third-quarter sales were $155.1 million, up from $129.4 million in 2030.', q3).candidates).toEqual([
      ['revenue', '3m 2031-09-30', 155100000, '$155.1 million'],
      ['revenue', '3m 2030-09-30', 129400000, '$129.4 million'],
    ]);
  });

  it('reads the per-share amount in brackets after a result, but not after a gain', () => {
    expect(read('Net income for 2011 was $15.1 million ($1.14 per share).').candidates).toEqual([
      ['net_income', '12m 2011-12-31', 15100000, '$15.1 million'],
      ['eps', '12m 2011-12-31', 1.14, '$1.14'],
    ]);
    expect(read('The year included a gain of $1.4 million (10 cents per share) on the sale of land.').candidates).toEqual([]);
  });

  it('takes no figure from a charge, an outlook or a product line', () => {
    const text = [
      "Dunmore Outfitters' third quarter 2010 earnings reflected two pretax charges, among them $57 million, or $0.19 per share, for store closings.",
      'Management anticipates first quarter earnings per share to be between $0.05 and $0.15.',
      'Annuity sales for the quarter ended September 30, 2008 came to $412 million.',
    ].join(' ');
    expect(read(text).candidates).toEqual([]);
  });
});
