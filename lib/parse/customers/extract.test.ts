import { describe, expect, it } from 'vitest';
import type { Calendar } from '../periods';
import { splitSentences } from '../prose/sentences';
import { extractCustomerShares } from './extract';
import { extractCustomerTables } from './tables';

const NO_CALENDAR: Calendar = { stated: [], fiscalYearEnd: null, anchor: null };

function shares(text: string) {
  return extractCustomerShares(text, splitSentences(text), NO_CALENDAR).map((c) => ({
    customer: c.customer,
    aliases: c.aliases,
    share: c.share,
    basis: c.basis,
    period: c.period ? `${c.period.months}m ${c.period.end}` : null,
  }));
}

const brief = (text: string) => shares(text).map((s) => [s.customer, s.share, s.basis, s.period]);

describe('customer shares in prose', () => {
  it('reads a base within its own sentence, a year before the base, and a proper name holding a word of a kind of buyer', () => {
    const text = 'Sales to Corbin Markets represented 36% of net sales in 2022, compared to 30% in 2021. Two wholesalers accounted for 44% of receivables at December 31, 2022.\nOur three largest customers accounted for 58% of fiscal 2022 gross sales.';
    expect(brief(text)).toEqual([
      ['Corbin Markets', 36, 'net sales', '12m 2022-12-31'],
      ['Corbin Markets', 30, 'net sales', '12m 2021-12-31'],
      ['Two wholesalers', 44, 'receivables', '0m 2022-12-31'],
      ['three largest customers', 58, 'gross sales', '12m 2022-12-31'],
    ]);
  });

  it('reads the members of a counted group described by an adjective, one share each', () => {
    expect(brief('Three regional distributors, Harlan Health, Corvo Medical and Bellmead Supply, accounted for 41%, 33% and 22% of net sales in 2022, respectively.')).toEqual([
      ['Harlan Health', 41, 'net sales', '12m 2022-12-31'],
      ['Corvo Medical', 33, 'net sales', '12m 2022-12-31'],
      ['Bellmead Supply', 22, 'net sales', '12m 2022-12-31'],
    ]);
  });

  it('reads no holder from a bound on every customer: "no single customer"', () => {
    expect(brief('No single distributor accounted for more than 27% of net sales in 2022.')).toEqual([]);
  });

  it('reads two years of one customer, with the abbreviation the text defines', () => {
    const text = 'Most of the work is done for the Federal Aviation Administration (FAA). Sales to the FAA accounted for 41.2% of net sales in 2022, compared to 38.0%\nof net sales in 2021.';
    expect(shares(text)).toEqual([
      { customer: 'Federal Aviation Administration', aliases: ['FAA'], share: 41.2, basis: 'net sales', period: '12m 2022-12-31' },
      { customer: 'Federal Aviation Administration', aliases: ['FAA'], share: 38, basis: 'net sales', period: '12m 2021-12-31' },
    ]);
  });

  it('reads no customer from a share of a named part of the business, but the company\'s own is whole', () => {
    expect(brief('Canada made up about 55% of the Northern segment revenue in 2022, and Alaska about 30%.')).toEqual([]);
    expect(brief("Sales to Harbor Freight accounted for 12.5% of Tamsworth's revenue in 2022.")).toEqual([['Harbor Freight', 12.5, 'revenue', '12m 2022-12-31']]);
  });

  it('reads a period that opens a passive sentence for its first share, and a compared share with a holder of its own', () => {
    const text = 'During the second quarter of 2031, approximately 64.2% of total revenues were attributable to three utility customers compared to approximately 58.5% of total revenues attributable to four utility customers in the second quarter of 2030.';
    expect(brief(text)).toEqual([
      ['three utility customers', 64.2, 'total revenues', '3m 2031-06-30'],
      ['four utility customers', 58.5, 'total revenues', '3m 2030-06-30'],
    ]);
    const bare = 'During the second quarter of 2031, approximately 7.4% of total revenue was attributable to one retail customer compared to approximately 12.9% to one retail customer in the second quarter of 2030.';
    expect(brief(bare)).toEqual([
      ['one retail customer', 7.4, 'total revenue', '3m 2031-06-30'],
      ['one retail customer', 12.9, 'total revenue', '3m 2030-06-30'],
    ]);
  });

  it('reads no holder from a share "to" a level or a share of a base "attributable to" a part of the business', () => {
    expect(brief('Revenue rose 12% to the highest level in its history in 2031.')).toEqual([]);
    expect(brief('Sales to Harbor Freight accounted for 12.5% of revenue in 2031, compared to 10.1% of revenue attributable to the retail segment in 2030.')).toEqual([
      ['Harbor Freight', 12.5, 'revenue', '12m 2031-12-31'],
      ['Harbor Freight', 10.1, 'revenue', '12m 2030-12-31'],
    ]);
  });

  it('pairs a list of customers with its shares when it says "respectively"', () => {
    expect(brief('In 2021, Target, Costco and Kroger represented 31.5%, 12.0 % and 9.8% of its revenue, respectively.')).toEqual([
      ['Target', 31.5, 'revenue', '12m 2021-12-31'],
      ['Costco', 12, 'revenue', '12m 2021-12-31'],
      ['Kroger', 9.8, 'revenue', '12m 2021-12-31'],
    ]);
  });

  it('pairs shares with dated periods of no stated length, the customer named in brackets', () => {
    expect(brief('Our largest customer (Airbus) accounted for approximately 61%, 58% and 55% of revenues for the periods ended December 31, 2020, 2019 and 2018, respectively.').map((s) => [s[0], s[1], s[3]])).toEqual([
      ['Airbus', 61, '12m 2020-12-31'],
      ['Airbus', 58, '12m 2019-12-31'],
      ['Airbus', 55, '12m 2018-12-31'],
    ]);
  });

  it('reads a receivables share with the customer named after it, at each balance date', () => {
    expect(brief('Approximately 33% and 29% of our accounts receivable balance at December 31, 2020 and 2019, respectively, was attributable to Airbus.')).toEqual([
      ['Airbus', 33, 'accounts receivable balance', '0m 2020-12-31'],
      ['Airbus', 29, 'accounts receivable balance', '0m 2019-12-31'],
    ]);
  });

  it('gives each base its own shares: "61% and 58% of gross sales and 44% and 40% of net sales"', () => {
    expect(brief('These figures aside, Kestrel Supply accounted for 61% and 58% of gross sales and 44% and 40% of net sales for the six months ended March 31, 2023 and 2022, respectively.')).toEqual([
      ['Kestrel Supply', 61, 'gross sales', '6m 2023-03-31'],
      ['Kestrel Supply', 58, 'gross sales', '6m 2022-03-31'],
      ['Kestrel Supply', 44, 'net sales', '6m 2023-03-31'],
      ['Kestrel Supply', 40, 'net sales', '6m 2022-03-31'],
    ]);
  });

  it('reads the members a group names, and "these customers" in the next sentence', () => {
    const text =
      'Sales to our top three customers, Halden Marine, Orsa Foods and Pike Rail, accounted for 22.0%, 15.5% and 11.1% of our total revenues in 2022, respectively. ' +
      'At December 31, 2022, receivables from these customers were 18.4%, 9.0% and 12.2% of the accounts receivable balance, respectively.';
    expect(brief(text)).toEqual([
      ['Halden Marine', 22, 'total revenues', '12m 2022-12-31'],
      ['Orsa Foods', 15.5, 'total revenues', '12m 2022-12-31'],
      ['Pike Rail', 11.1, 'total revenues', '12m 2022-12-31'],
      ['Halden Marine', 18.4, 'accounts receivable balance', '0m 2022-12-31'],
      ['Orsa Foods', 9, 'accounts receivable balance', '0m 2022-12-31'],
      ['Pike Rail', 12.2, 'accounts receivable balance', '0m 2022-12-31'],
    ]);
  });

  it('reads a payer referred to as "this payor source"', () => {
    const text =
      'Revenue generated from the Medicaid program represented approximately 38.0% of net patient service revenue for the year ended December 31, 2022. ' +
      'Approximately 27.5% of our gross accounts receivable at December 31, 2022 is from this payor source.';
    expect(brief(text)).toEqual([
      ['Medicaid program', 38, 'net patient service revenue', '12m 2022-12-31'],
      ['Medicaid program', 27.5, 'gross accounts receivable', '0m 2022-12-31'],
    ]);
  });

  it('reads an unnamed holder and its description as one customer', () => {
    expect(brief('For the three and nine months ended June 30, 2023, one customer, a regional grocery chain that buys through brokers, accounted for 12.4% and 11.9%, respectively, of our revenue.')).toEqual([
      ['one customer', 12.4, 'revenue', '3m 2023-06-30'],
      ['one customer', 11.9, 'revenue', '9m 2023-06-30'],
    ]);
  });

  it('reads "which accounted for" as the holders named just before', () => {
    expect(brief('As of March 31, 2024, the Company had two customers that individually represented 10% or more of total trade receivables, which accounted for 16 % and 12 %.')).toEqual([
      ['two customers', 16, 'total trade receivables', '0m 2024-03-31'],
      ['two customers', 12, 'total trade receivables', '0m 2024-03-31'],
    ]);
  });

  it('reads a group total and its members: "of which Target accounted for 21%"', () => {
    expect(brief('For the three months ended June 30, 2022, our four largest customers accounted for approximately 70% of net revenues, of which Target accounted for 31%, Costco accounted for 24% and Kroger accounted for 15%.')).toEqual([
      ['four largest customers', 70, 'net revenues', '3m 2022-06-30'],
      ['Target', 31, 'net revenues', '3m 2022-06-30'],
      ['Costco', 24, 'net revenues', '3m 2022-06-30'],
      ['Kroger', 15, 'net revenues', '3m 2022-06-30'],
    ]);
  });

  it('names lettered customers one by one, after a colon', () => {
    expect(brief('The Company earned most of its revenue from two customers in 2023 and 2022: Customer A amounted to 19% and 14% of total revenue, respectively.').map((s) => [s[0], s[1], s[3]])).toEqual([
      ['Customer A', 19, '12m 2023-12-31'],
      ['Customer A', 14, '12m 2022-12-31'],
    ]);
  });

  it('gives each run of shares the periods that follow it', () => {
    expect(brief('Approximately 38% of net sales for fiscal 2024 and 41% for fiscal 2023 and fiscal 2022 were derived from sales to our top five customers.')).toEqual([
      ['top five customers', 38, 'net sales', '12m 2024-12-31'],
      ['top five customers', 41, 'net sales', '12m 2023-12-31'],
      ['top five customers', 41, 'net sales', '12m 2022-12-31'],
    ]);
  });

  it('pairs "respectively" runs compared with other years', () => {
    const text =
      'During the year ended December 31, 2023, Orsa Foods and Pike Rail accounted for 21% and 13%, respectively, of our total revenue compared to 19% and 11%, respectively, of our total revenue during the year ended December 31, 2022.';
    expect(brief(text)).toEqual([
      ['Orsa Foods', 21, 'total revenue', '12m 2023-12-31'],
      ['Pike Rail', 13, 'total revenue', '12m 2023-12-31'],
      ['Orsa Foods', 19, 'total revenue', '12m 2022-12-31'],
      ['Pike Rail', 11, 'total revenue', '12m 2022-12-31'],
    ]);
  });

  it('carries a base and a date to the next sentence, past an appositive', () => {
    const text = 'At March 31, 2024, two customers accounted for 27% of accounts receivable. Orsa Foods accounted for 16% and Pike Rail, also a distributor, accounted for 11%.';
    expect(brief(text)).toEqual([
      ['two customers', 27, 'accounts receivable', '0m 2024-03-31'],
      ['Orsa Foods', 16, 'accounts receivable', '0m 2024-03-31'],
      ['Pike Rail', 11, 'accounts receivable', '0m 2024-03-31'],
    ]);
  });

  it.each([
    ['a threshold', 'No single customer accounted for more than 10.0% of our net sales for the first two quarters of 2023 or 2022.'],
    ['a region', 'During 2023 and 2022, our sales to foreign countries represented approximately 6.1% and 5.4%, of net sales.'],
    ['a customer mix', 'Our customer base is 70% residential, 20% commercial and 10% industrial.'],
    ['a product line', 'For the nine months ended June 30, 2023, blenders generated approximately 31% of the Company’s gross product sales.'],
    ['brands', 'During 2023, approximately 44.0% of our revenues were derived from our four top selling brands.'],
    ['suppliers', 'Two suppliers accounted for 35% and 30% of our purchases in 2023, respectively.'],
    ['a change', 'Revenues were 12% higher than a year ago.'],
  ])('finds no customer share in %s', (_kind, text) => {
    expect(shares(text)).toEqual([]);
  });

  it('reads a name wrapped across lines as one name', () => {
    const text = "Harlow Cable's largest customer remained the Tennessee Valley\nAuthority (TVA). Sales to TVA accounted for 18% of net sales in\n2023 and 21% in 2022.";
    expect(shares(text)).toEqual([
      { customer: 'Tennessee Valley Authority', aliases: ['TVA'], share: 18, basis: 'net sales', period: '12m 2023-12-31' },
      { customer: 'Tennessee Valley Authority', aliases: ['TVA'], share: 21, basis: 'net sales', period: '12m 2022-12-31' },
    ]);
  });

  it('reads a company whose name holds a word of places or lines of business as the company it is', () => {
    expect(brief('Sales to Orsa International Limited accounted for 12% of net sales in 2030.')).toEqual([['Orsa International Limited', 12, 'net sales', '12m 2030-12-31']]);
    expect(brief('Sales to Pell Industrial Products, Inc. accounted for 15% of revenue in 2030.')).toEqual([['Pell Industrial Products, Inc', 15, 'revenue', '12m 2030-12-31']]);
    // Without a legal form, the words still say a kind of buyer.
    expect(brief('International sales accounted for 31% of revenue in 2030.')).toEqual([]);
  });

  it('reads no customer from a kind of buyer named by a place, but one buyer so named is one', () => {
    expect(brief('Our sales to customers outside the United States represented approximately 6.1% and 5.8% of net sales in 2030 and 2029, respectively.')).toEqual([]);
    expect(brief('Non-U.S. customers accounted for 38% of revenue in 2030.')).toEqual([]);
    expect(brief('A customer located in Brazil accounted for 14% of revenue in 2030.')).toEqual([['A customer', 14, 'revenue', '12m 2030-12-31']]);
  });

  it('cuts a holder to its name before "in aggregate" and "and its affiliates", and after a description without its determiner', () => {
    expect(brief('Brill Corp., Ostrava Systems and Pell Networks in aggregate accounted for 41.5% of accounts receivable at December 31, 2030.')).toEqual([
      ['Brill Corp., Ostrava Systems and Pell Networks', 41.5, 'accounts receivable', '0m 2030-12-31'],
    ]);
    expect(shares('Our largest customer, Halden Stores Inc. and its affiliates, accounted for 19% of net sales in 2030.')).toEqual([
      { customer: 'Halden Stores Inc', aliases: ['largest customer'], share: 19, basis: 'net sales', period: '12m 2030-12-31' },
    ]);
  });

  it('refers back to the holder named before with an adverb beside the pronoun, or "this account" after fees', () => {
    expect(brief('Sales to Marlow Foods accounted for 22% of net sales in 2030. They also accounted for 31% of accounts receivable at December 31, 2030.')).toEqual([
      ['Marlow Foods', 22, 'net sales', '12m 2030-12-31'],
      ['Marlow Foods', 31, 'accounts receivable', '0m 2030-12-31'],
    ]);
    expect(brief('The loss of one of its regional clients was announced in May. Service fees from this account represented 9.5% of revenue in 2030.')).toEqual([
      ['one of its regional clients', 9.5, 'revenue', '12m 2030-12-31'],
    ]);
    // Fees named with a slash ("License/franchise fees") lead in to the holder as plain words do.
    expect(brief('The loss of one of its regional clients was announced in May. Service/repair fees from this account represented 9.5% of revenue in 2030.')).toEqual([
      ['one of its regional clients', 9.5, 'revenue', '12m 2030-12-31'],
    ]);
  });

  it('reads a later clause\'s holders after the date that leads it, every name of them', () => {
    expect(brief('At December 31, 2030, Pell Networks accounted for 21.5% of accounts receivable and at December 31, 2029, Ostrava and Brill together accounted for 30.2% of accounts receivable.')).toEqual([
      ['Pell Networks', 21.5, 'accounts receivable', '0m 2030-12-31'],
      ['Ostrava and Brill', 30.2, 'accounts receivable', '0m 2029-12-31'],
    ]);
    expect(brief('Sales to Marlow Foods were 14% of net sales in 2030 and Halden Stores accounted for 11% of net sales in 2030.')).toEqual([
      ['Halden Stores', 11, 'net sales', '12m 2030-12-31'],
    ]);
    // "the largest customer" is a holder of its own, not the group named before.
    expect(brief('In 2030 our top ten customers represented 44% of revenue with the largest customer representing 12%.')).toEqual([
      ['top ten customers', 44, 'revenue', '12m 2030-12-31'],
      ['largest customer', 12, 'revenue', '12m 2030-12-31'],
    ]);
  });

  it('reads "more than" a share above the disclosure share as the share; at or under it, or "less than", as a bound', () => {
    expect(brief('In 2030 its top 25 customers accounted for more than 38% of its revenues.')).toEqual([['top 25 customers', 38, 'revenues', '12m 2030-12-31']]);
    expect(brief('In 2030 two customers each accounted for more than 10% of its revenues.')).toEqual([]);
    expect(brief('In 2030 Orsa Foods accounted for less than 40% of its revenues.')).toEqual([]);
  });

  it('reads the shares after "including" as their own holder\'s, at the same dates', () => {
    expect(brief('At December 31, 2030 and December 31, 2029, the top five customers comprised approximately 38% and 44% of accounts receivable, including 11% and 17% from the largest customer.')).toEqual([
      ['top five customers', 38, 'accounts receivable', '0m 2030-12-31'],
      ['top five customers', 44, 'accounts receivable', '0m 2029-12-31'],
      ['largest customer', 11, 'accounts receivable', '0m 2030-12-31'],
      ['largest customer', 17, 'accounts receivable', '0m 2029-12-31'],
    ]);
  });

  it('reads one share told twice, in other words, as one fact', () => {
    expect(brief('Sales to Halden Stores represent approximately 16% of our total sales in 2030. Our largest customer, Halden Stores, accounted for 16% of consolidated net sales in 2030.')).toEqual([
      ['Halden Stores', 16, 'total sales', '12m 2030-12-31'],
    ]);
    // The same share of another base, or of another year, is another fact.
    expect(brief('Halden Stores accounted for 16% of net sales in 2030. Halden Stores accounted for 16% of accounts receivable at December 31, 2030.')).toEqual([
      ['Halden Stores', 16, 'net sales', '12m 2030-12-31'],
      ['Halden Stores', 16, 'accounts receivable', '0m 2030-12-31'],
    ]);
  });

  it('takes the full name a text defines from the short name\'s first word, not the names listed before it', () => {
    expect(shares('Its customers include Ostrava Systems and Pell Networks Group Ltd. (“Pell”). Pell accounted for 18% of revenue in 2030.')).toEqual([
      { customer: 'Pell Networks Group Ltd.', aliases: ['Pell'], share: 18, basis: 'revenue', period: '12m 2030-12-31' },
    ]);
  });

  it('reads the holder after the share when the subject is the company: "sales of 11% of revenue to a distributor"', () => {
    expect(brief('In 2030 the Company had sales totalling 12.4% of revenues to a distributor in Korea and 10.2% of revenues to an Australian distributor.')).toEqual([
      ['a distributor', 12.4, 'revenues', '12m 2030-12-31'],
      ['an Australian distributor', 10.2, 'revenues', '12m 2030-12-31'],
    ]);
    // Each share with its own period, after its holder.
    expect(brief('The Company had sales totalling 9.1% of revenues to an Australian distributor of its products for the year ended December 31, 2030, and 8.7% of revenues to a Korean distributor for the year ended December 31, 2029.')).toEqual([
      ['an Australian distributor', 9.1, 'revenues', '12m 2030-12-31'],
      ['a Korean distributor', 8.7, 'revenues', '12m 2029-12-31'],
    ]);
    // Not a holder: a place.
    expect(brief('In 2030 the Company had sales totalling 12.4% of revenues to customers in Korea.')).toEqual([]);
  });

  it('reads a counted group followed by its names as the named customers', () => {
    const text = 'Sales to our two largest customers, Alder Foods Inc. (“Alder,”) and Brook Retail Corp. (“Brook”) accounted for 14% and 13% of net sales in 2023.';
    expect(brief(text)).toEqual([
      ['Alder Foods Inc', 14, 'net sales', '12m 2023-12-31'],
      ['Brook Retail Corp', 13, 'net sales', '12m 2023-12-31'],
    ]);
    expect(shares(text).map((s) => s.aliases)).toEqual([['Alder'], ['Brook']]);
  });

  it('gives an abbreviation its usual full name when the text does not spell it out', () => {
    expect(shares('Sales to USPS accounted for 12.5% of net sales in 2023.')[0]).toMatchObject({ customer: 'United States Postal Service', aliases: ['USPS'] });
  });
});

describe('customer tables', () => {
  it('reads a table flattened to one cell per line, each column read by the period reader', () => {
    const text = [
      'The following table shows sales to major customers as a percentage of consolidated net sales.',
      '|Three Months Ended', '|Six Months Ended', '|May 31,', '|May 31,',
      '|2023', '|2022', '|2023', '|2022',
      'Harbor Steel', '|21', '|%', '|17', '|%', '|20', '|%', '|16', '|%',
      'The following table shows gross accounts receivable from significant customers as a percentage of total gross accounts receivable.',
      '|May 31, 2023', '|November 30, 2022',
      'Harbor Steel', '|12', '|%', '|19', '|%',
    ].join('\n');
    expect(extractCustomerTables(text).map((c) => [c.customer, c.share, c.basis, c.period ? `${c.period.months}m ${c.period.end}` : null])).toEqual([
      ['Harbor Steel', 21, 'net sales', '3m 2023-05-31'],
      ['Harbor Steel', 17, 'net sales', '3m 2022-05-31'],
      ['Harbor Steel', 20, 'net sales', '6m 2023-05-31'],
      ['Harbor Steel', 16, 'net sales', '6m 2022-05-31'],
      ['Harbor Steel', 12, 'receivables', '0m 2023-05-31'],
      ['Harbor Steel', 19, 'receivables', '0m 2022-11-30'],
    ]);
  });

  it('reads a table with each row on one line', () => {
    const text = ['Below, each significant customer’s revenue is shown as a percentage of total revenue for the years ended:', 'Year Ended December 31, 2023 Year Ended December 31, 2022', 'Orsa Foods 18.5  % 17.0  %'].join('\n');
    expect(extractCustomerTables(text).map((c) => [c.customer, c.share, c.basis, c.period?.end])).toEqual([
      ['Orsa Foods', 18.5, 'revenue', '2023-12-31'],
      ['Orsa Foods', 17, 'revenue', '2022-12-31'],
    ]);
  });

  it('ignores percentage tables that are not about customers', () => {
    // A caption that states the bound customers are listed above: its percent is no share.
    expect(extractCustomerTables('Customers representing 10% or more of net revenue:\n\n              2022      2021\nCustomer A     27%       24%\n').map((c) => [c.customer, c.share, c.basis, c.period?.end])).toEqual([
      ['Customer A', 27, 'net revenue', '2022-12-31'],
      ['Customer A', 24, 'net revenue', '2021-12-31'],
    ]);
    // A short sentence on a line of its own is prose, not a row of a table.
    expect(extractCustomerTables('Two distributors together accounted for 31% of accounts receivable at December 31, 2022.\n\nOur three largest customers accounted for 58% of gross sales.')).toEqual([]);
    expect(extractCustomerTables(['($ in millions)', '% of Revenues', '2023 | 2022', 'Services | 7% | 8%', 'Hardware | 2% | 3%'].join('\n'))).toEqual([]);
  });
});
