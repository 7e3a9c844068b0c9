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
  it('reads a sentence with pro forma figures, marking only the pro forma ones as not GAAP', () => {
    const text = 'Net income for 2011 was $4.6 million, or $.51 per share, compared to net income of $3.1 million, or $.36 per share on a pro forma basis, in 2010.';
    const facts = extractProseFacts(text, [splitSentences(text)], YEAR_2011, YEAR_2011.stated[0]!);
    expect(facts.candidates.map((c) => [c.metric, `${c.period.months}m ${c.period.end}`, c.value, c.gaap])).toEqual([
      ['net_income', '12m 2011-12-31', 4_600_000, true],
      ['eps', '12m 2011-12-31', 0.51, true],
      ['net_income', '12m 2010-12-31', 3_100_000, false],
      ['eps', '12m 2010-12-31', 0.36, false],
    ]);
  });

  it('reads the kind written before "EPS": "Diluted EPS was $1.45"', () => {
    expect(read('Diluted EPS for 2011 was $1.45, compared with $1.20 for 2010.').candidates).toEqual([
      ['eps_diluted', '12m 2011-12-31', 1.45, '$1.45'],
      ['eps_diluted', '12m 2010-12-31', 1.2, '$1.20'],
    ]);
  });

  it('reads an operating loss as a negative operating income, and no figure a segment reports', () => {
    expect(read('The operating loss for 2011 was $2.3 million, compared with a loss from operations of $1.1 million in 2010.').candidates).toEqual([
      ['operating_income', '12m 2011-12-31', -2_300_000, '$2.3 million'],
      ['operating_income', '12m 2010-12-31', -1_100_000, '$1.1 million'],
    ]);
    expect(read('After the plant closing charge, the segment reported an operating loss of $4.0 million for 2011.').candidates).toEqual([]);
  });

  it('reads figures beside the name of a retailer called Target, and none from a target', () => {
    expect(read('Net sales for 2011 rose to $80.2 million on higher shipments to Target and Kroger.').candidates).toEqual([
      ['revenue', '12m 2011-12-31', 80_200_000, '$80.2 million'],
    ]);
    expect(read('Our target for net sales in 2012 is $90.0 million.').candidates).toEqual([]);
  });

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

  describe('per-share figures beside the figure they divide', () => {
    const QUARTERS: Calendar = { stated: [{ end: '1998-06-30', months: 3 }], fiscalYearEnd: [12, 31], anchor: '1998-07-21' };
    const primary = QUARTERS.stated[0]!;

    it('dates the per-share amount of a compared figure by that figure, not by the sentence', () => {
      const text = 'Brightwater Tools reported net income of $3.1 million, or $.41 per share, on sales of $22.6 million, against net income of $2.7 million, or $.36 per share, on sales of $20.9 million in the same period in 1997.';
      expect(read(text, QUARTERS, primary).candidates).toEqual([
        ['net_income', '3m 1998-06-30', 3100000, '$3.1 million'],
        ['eps', '3m 1998-06-30', 0.41, '$.41'],
        ['revenue', '3m 1998-06-30', 22600000, '$22.6 million'],
        ['net_income', '3m 1997-06-30', 2700000, '$2.7 million'],
        ['eps', '3m 1997-06-30', 0.36, '$.36'],
        ['revenue', '3m 1997-06-30', 20900000, '$20.9 million'],
      ]);
    });

    it('gives a list of per-share figures the kinds named after it, in order', () => {
      const text = 'Second quarter earnings were $4.8 million, or $.31 and $.29 per primary and fully diluted share, respectively.';
      expect(read(text, QUARTERS, primary).candidates).toEqual([
        ['net_income', '3m 1998-06-30', 4800000, '$4.8 million'],
        ['eps_basic', '3m 1998-06-30', 0.31, '$.31'],
        ['eps_diluted', '3m 1998-06-30', 0.29, '$.29'],
      ]);
    });

    it('gives a list of per-share figures the kinds named before it, in order', () => {
      expect(read('Basic and diluted earnings per share for the quarter were $0.62 and $0.60, respectively.', QUARTERS, primary).candidates).toEqual([
        ['eps_basic', '3m 1998-06-30', 0.62, '$0.62'],
        ['eps_diluted', '3m 1998-06-30', 0.6, '$0.60'],
      ]);
    });

    it('reads both kinds named after a single figure', () => {
      expect(read('The net loss was $.03 per share on both a primary and a fully diluted basis.', QUARTERS, primary).candidates).toEqual([
        ['eps_basic', '3m 1998-06-30', -0.03, '$.03'],
        ['eps_diluted', '3m 1998-06-30', -0.03, '$.03'],
      ]);
    });

    it('takes the kind of a figure from its own words, not from the figure before it', () => {
      const text = 'Net income was $9.9 million, or $0.52 per share ($0.51 per share on a diluted basis), compared with $8.1 million, or $0.44 per share ($0.43 per share on a diluted basis), in the second quarter of 1997.';
      expect(read(text, QUARTERS, primary).candidates).toEqual([
        ['net_income', '3m 1998-06-30', 9900000, '$9.9 million'],
        ['eps', '3m 1998-06-30', 0.52, '$0.52'],
        ['eps_diluted', '3m 1998-06-30', 0.51, '$0.51'],
        ['net_income', '3m 1997-06-30', 8100000, '$8.1 million'],
        ['eps', '3m 1997-06-30', 0.44, '$0.44'],
        ['eps_diluted', '3m 1997-06-30', 0.43, '$0.43'],
      ]);
    });
  });

  describe('the period of a sentence that compares', () => {
    const HALVES: Calendar = { stated: [], fiscalYearEnd: [6, 30], anchor: '1998-02-10' };

    it('reads "the fiscal 1998 first half" as one half-year and "the year ago" as the one before', () => {
      const text = 'The net loss in the fiscal 1998 first half was $312,400 versus the year ago loss of $1,046,000.';
      expect(read(text, HALVES, null).candidates).toEqual([
        ['net_income', '6m 1997-12-31', -312400, '$312,400'],
        ['net_income', '6m 1996-12-31', -1046000, '$1,046,000'],
      ]);
    });

    it('reads "the first nine months of fiscal year 1997" as nine months, not the fiscal year', () => {
      const text = 'Net income for the first nine months of fiscal year 1997 was $2,310,000, compared to $905,000 for the first nine months of fiscal year 1996.';
      expect(read(text, { stated: [], fiscalYearEnd: [8, 31], anchor: '1997-06-20' }, null).candidates).toEqual([
        ['net_income', '9m 1997-05-31', 2310000, '$2,310,000'],
        ['net_income', '9m 1996-05-31', 905000, '$905,000'],
      ]);
    });

    it('reads "for the first half of 1998"', () => {
      expect(read('Net income for the first half of 1998 was $7.2 million.', { stated: [], fiscalYearEnd: [12, 31], anchor: '1998-07-21' }, null).candidates).toEqual([
        ['net_income', '6m 1998-06-30', 7200000, '$7.2 million'],
      ]);
    });

    it('keeps the period under report when a bare year follows a comparison', () => {
      const QUARTERS: Calendar = { stated: [{ end: '1998-09-30', months: 3 }], fiscalYearEnd: [12, 31], anchor: '1998-10-14' };
      expect(read('Operating income was $12.4 million, up from $10.2 million in 1997.', QUARTERS, QUARTERS.stated[0]!).candidates).toEqual([
        ['operating_income', '3m 1998-09-30', 12400000, '$12.4 million'],
        ['operating_income', '3m 1997-09-30', 10200000, '$10.2 million'],
      ]);
    });

    it('reads "compares with" as a comparison', () => {
      const QUARTERS: Calendar = { stated: [{ end: '1998-03-31', months: 3 }], fiscalYearEnd: [12, 31], anchor: '1998-04-16' };
      const text = 'First quarter 1998 net earnings of $38 million compares with net earnings of $55 million.';
      expect(read(text, QUARTERS, QUARTERS.stated[0]!).candidates).toEqual([
        ['net_income', '3m 1998-03-31', 38000000, '$38 million'],
        ['net_income', '3m 1997-03-31', 55000000, '$55 million'],
      ]);
    });
  });

  describe('what a figure is of, and when', () => {
    const YEARS: Calendar = { stated: [], fiscalYearEnd: [12, 31], anchor: '1998-02-11' };
    const year = { end: '1997-12-31', months: 12 };

    it('reads a year set before what it counts ("Corvane\'s 1997 sales") as that year', () => {
      expect(read("Corvane's 1997 sales totaled $318.2 million, and its 1996 sales $290.4 million.", YEARS, year).candidates).toEqual([
        ['revenue', '12m 1997-12-31', 318200000, '$318.2 million'],
        ['revenue', '12m 1996-12-31', 290400000, '$290.4 million'],
      ]);
    });

    it('gives a figure after a comparison word the compared period, not its own', () => {
      const text = 'Total 1997 earnings per share reached $2.10, up 8 percent from the 1996 total of $1.94.';
      expect(read(text, YEARS, year).candidates).toEqual([
        ['eps', '12m 1997-12-31', 2.1, '$2.10'],
        ['eps', '12m 1996-12-31', 1.94, '$1.94'],
      ]);
    });

    it('reads a sentence that opens on "A year earlier" as about the prior period throughout', () => {
      const QUARTER: Calendar = { stated: [{ end: '1997-12-31', months: 3 }], fiscalYearEnd: [3, 31], anchor: '1998-01-22' };
      const text = 'Net income for the quarter was $1,220,000, or $0.11 per share. A year earlier, the company posted a loss for the quarter of $0.02 per share.';
      expect(read(text, QUARTER, QUARTER.stated[0]!).candidates).toEqual([
        ['net_income', '3m 1997-12-31', 1220000, '$1,220,000'],
        ['eps', '3m 1997-12-31', 0.11, '$0.11'],
        ['eps', '3m 1996-12-31', -0.02, '$0.02'],
      ]);
    });

    it('compares nothing across a semicolon of a list', () => {
      const text = 'Net income of $74.5 million for 1997 included: (1) nonrecurring income of $7.7 million, resulting from the sale of a unit; and (2) an extraordinary charge of $8.6 million.';
      expect(read(text, YEARS, year).candidates).toEqual([['net_income', '12m 1997-12-31', 74500000, '$74.5 million']]);
    });

    it('takes no result from a per-share gain, nor from a hypothetical or a description of a company', () => {
      const text = [
        'The quarter included an investment gain of $1.4 million after taxes (10 cents per share).',
        'Adjusted for the split, net income per share would be $.27 for the year.',
        'Brannock is a privately held company with annual revenues of approximately $11,000,000.',
      ].join(' ');
      expect(read(text, YEARS, year).candidates).toEqual([]);
    });
  });

  it('reads "net income attributable to Acme per share, diluted" as diluted EPS, and its comparison', () => {
    const QUARTER: Calendar = { stated: [{ end: '2031-07-31', months: 3 }], fiscalYearEnd: [1, 31], anchor: '2031-08-27' };
    const text = 'GAAP net income attributable to Corvane per share, diluted, was $0.93, compared to $0.88 in the same quarter last year.';
    expect(read(text, QUARTER, QUARTER.stated[0]!).candidates).toEqual([
      ['eps_diluted', '3m 2031-07-31', 0.93, '$0.93'],
      ['eps_diluted', '3m 2030-07-31', 0.88, '$0.88'],
    ]);
  });
});
