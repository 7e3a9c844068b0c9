import { describe, expect, it } from 'vitest';
import { splitSentences } from '../prose/sentences';
import { extractCustomerShares } from './extract';
import { extractCustomerTables } from './tables';

function shares(text: string) {
  return extractCustomerShares(text, splitSentences(text), null).map((c) => ({
    customer: c.customer,
    aliases: c.aliases,
    share: c.share,
    basis: c.basis,
    period: c.period ? `${c.period.months}m ${c.period.end}` : null,
  }));
}

describe('extractCustomerShares', () => {
  it('reads the seed: two years of USPS, with the abbreviation the release defines', () => {
    const text =
      "The operating results for 2004 reflect a full year of revenues from the Company's long-term contract with the United States Postal Service (USPS). " +
      'Sales\nto USPS accounted for 53.9% of consolidated net sales in 2004, compared to 52.7%\nof consolidated  net sales in 2003.';
    expect(shares(text)).toEqual([
      { customer: 'United States Postal Service', aliases: ['USPS'], share: 53.9, basis: 'consolidated net sales', period: '12m 2004-12-31' },
      { customer: 'United States Postal Service', aliases: ['USPS'], share: 52.7, basis: 'consolidated net sales', period: '12m 2003-12-31' },
    ]);
  });

  it('pairs a list of customers with its shares when it says "respectively"', () => {
    expect(shares('In 2016, Amazon, Microsoft and Arris represented 54.6%, 18.3 % and 5.8% of its revenue, respectively.')).toEqual([
      { customer: 'Amazon', aliases: [], share: 54.6, basis: 'revenue', period: '12m 2016-12-31' },
      { customer: 'Microsoft', aliases: [], share: 18.3, basis: 'revenue', period: '12m 2016-12-31' },
      { customer: 'Arris', aliases: [], share: 5.8, basis: 'revenue', period: '12m 2016-12-31' },
    ]);
  });

  it('pairs shares with periods, naming the customer in brackets', () => {
    const text =
      "The Company’s largest customer (Boeing) accounted for approximately 79%, 79%, and 79% and of the revenues for the periods ended December 31, 2019, 2018, and 2017, respectively.";
    expect(shares(text).map((s) => [s.customer, s.aliases, s.share, s.period])).toEqual([
      ['Boeing', ['largest customer'], 79, '12m 2019-12-31'],
      ['Boeing', ['largest customer'], 79, '12m 2018-12-31'],
      ['Boeing', ['largest customer'], 79, '12m 2017-12-31'],
    ]);
  });

  it('reads a receivables share, the customer named after the share', () => {
    const text = "Approximately 40%, 36%, and 44% of the Company's accounts receivable balance at December 31, 2019, 2018, and 2017, respectively, was attributable to Boeing.";
    expect(shares(text)).toEqual([
      { customer: 'Boeing', aliases: [], share: 40, basis: 'accounts receivable balance', period: '0m 2019-12-31' },
      { customer: 'Boeing', aliases: [], share: 36, basis: 'accounts receivable balance', period: '0m 2018-12-31' },
      { customer: 'Boeing', aliases: [], share: 44, basis: 'accounts receivable balance', period: '0m 2017-12-31' },
    ]);
  });

  it('reads "one customer, Name (Short)" and a group of customers', () => {
    const text =
      'One customer, Power & Telephone Supply Company (Power & Tel), who serves as a reseller, comprised approximately 22% and 21% of total sales for the nine month periods ended June 30, 2012 and 2011, respectively. ' +
      'Our top ten customers accounted for approximately 51.6% and 51.1% of consolidated net sales for the first two quarters of 2013 and 2012, respectively.';
    expect(shares(text).map((s) => [s.customer, s.aliases, s.share, s.period])).toEqual([
      ['Power & Telephone Supply Company', ['One customer', 'Power & Tel'], 22, '9m 2012-06-30'],
      ['Power & Telephone Supply Company', ['One customer', 'Power & Tel'], 21, '9m 2011-06-30'],
      ['top ten customers', [], 51.6, '6m 2013-06-30'],
      ['top ten customers', [], 51.1, '6m 2012-06-30'],
    ]);
  });

  it('reads "of which Walmart accounted for 45%, Amazon accounted for 30%"', () => {
    const text =
      "For the three months ended December 31, 2019, the Company’s three largest customers accounted for approximately 88% of the Company’s net revenues, of which Walmart accounted for 45%, Amazon accounted for 30% and Fred Meyer accounted for 13%.";
    expect(shares(text).map((s) => [s.customer, s.share, s.basis, s.period])).toEqual([
      ['three largest customers', 88, 'net revenues', '3m 2019-12-31'],
      ['Walmart', 45, 'net revenues', '3m 2019-12-31'],
      ['Amazon', 30, 'net revenues', '3m 2019-12-31'],
      ['Fred Meyer', 13, 'net revenues', '3m 2019-12-31'],
    ]);
  });

  it('names lettered customers one by one', () => {
    expect(shares('Sales to direct Customers A, B and C represented 12%, 11% and 11% of total revenue, respectively, for fiscal year 2025.').map((s) => [s.customer, s.share])).toEqual([
      ['Customer A', 12],
      ['Customer B', 11],
      ['Customer C', 11],
    ]);
  });

  it.each([
    ['a threshold', 'No single customer accounted for more than 10.0% of our consolidated net sales for the first two quarters of 2013 or 2012.'],
    ['a region', 'During the first two quarters of 2013 and 2012, our sales to foreign countries represented approximately 3.2% and 3.4%, of net sales.'],
    ['a customer mix', 'Our customer base is 64% residential, 13% commercial, 8% industrial and 15% other.'],
    ['a product line', 'For the three and nine months ended December 31, 2019, microwave ovens generated approximately 28% and 36%, respectively, of the Company’s gross product sales.'],
    ['brands', 'During the three and nine months ended December 31, 2015, approximately 41.0% and 42.2%, respectively, of our total revenues were derived from our five top selling brands.'],
    ['suppliers', 'Two suppliers accounted for 40% and 35% of our purchases in 2012, respectively.'],
  ])('finds no customer share in %s', (_kind, text) => {
    expect(shares(text)).toEqual([]);
  });
});

describe('extractCustomerTables', () => {
  it('reads a table flattened to one cell per line, with periods from its header', () => {
    const text = [
      'The following table shows sales to the Company’s major customers as a percentage of consolidated net sales.',
      '|% of Consolidated Net Sales for the Three Months Ended August 31,',
      '|2011', '|2010',
      'US Steel', '|24', '|%', '|14', '|%',
      'Ford', '|11', '|%', '|18', '|%',
    ].join('\n');
    expect(extractCustomerTables(text).map((c) => [c.customer, c.share, c.basis, c.period])).toEqual([
      ['US Steel', 24, 'net sales', { end: '2011-08-31', months: 3 }],
      ['US Steel', 14, 'net sales', { end: '2010-08-31', months: 3 }],
      ['Ford', 11, 'net sales', { end: '2011-08-31', months: 3 }],
      ['Ford', 18, 'net sales', { end: '2010-08-31', months: 3 }],
    ]);
  });

  it('reads a table with each row on one line', () => {
    const text = [
      'The following table presents revenue from each customer as a percentage of total revenue for each of the years ended:',
      'Year Ended December 31, 2022 Year Ended December 25, 2021',
      "Lowe's 21.7  % 20.6  %",
      'Home Depot 24.0  % 27.0  %',
    ].join('\n');
    expect(extractCustomerTables(text).map((c) => [c.customer, c.share, c.basis, c.period?.end])).toEqual([
      ["Lowe's", 21.7, 'revenue', '2022-12-31'],
      ["Lowe's", 20.6, 'revenue', '2021-12-25'],
      ['Home Depot', 24, 'revenue', '2022-12-31'],
      ['Home Depot', 27, 'revenue', '2021-12-25'],
    ]);
  });

  it('ignores percentage tables that are not about customers', () => {
    const text = ['($ in millions)', '% of Revenues', '2022 | 2021', 'Services | 7% | 8%', 'Hardware | 2% | 3%'].join('\n');
    expect(extractCustomerTables(text)).toEqual([]);
  });
});

describe('customer names', () => {
  it('gives an abbreviation its usual full name when the release does not spell it out', () => {
    expect(shares('Sales to USPS accounted for 53.9% of consolidated net sales in 2004.')[0]).toMatchObject({
      customer: 'United States Postal Service',
      aliases: ['USPS'],
    });
  });
});
