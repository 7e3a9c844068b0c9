import { describe, expect, it } from 'vitest';
import type { Calendar } from '../periods';
import { splitSentences } from '../prose/sentences';
import { extractEvents } from './extract';

const SEED: Calendar = { stated: [{ end: '2004-12-31', months: 12 }], fiscalYearEnd: [12, 31], anchor: '2005-07-27' };

function events(paragraph: string, calendar: Calendar = SEED, primary = calendar.stated[0] ?? null) {
  return extractEvents([splitSentences(paragraph)], calendar, primary).map((e) => [e.type, e.date, e.amount]);
}

describe('extractEvents on the seed release', () => {
  it('reads an expiry date and a non-renewal notice', () => {
    expect(
      events(
        "The operating results for 2004 reflect a full year of revenues from the Company's long-term contract with the United States Postal Service (USPS) for Cluster Box Units (CBUs), which was not renewed by USPS and expired on May 31, 2005.",
      ),
    ).toEqual([['contract_end', '2005-05-31', null]]);
  });

  it('reads an impairment charge in a quarter, with its amount', () => {
    expect(
      events('In addition, the Company will record an impairment charge of approximately $6.4 million including a goodwill write-down of $6.1 million against its operating results in the first quarter of 2005.'),
    ).toEqual([['impairment', '2005-Q1', 6400000]]);
  });

  it('reads several events of one sentence, each with its own date', () => {
    const text =
      "After the Company received notification in February 2005 that the USPS would not renew the CBU contract, the Company's Board of Directors adopted a restructuring plan to reduce annual expenses, primarily through personnel reductions in Jamestown, New York and the relocation of the Company's headquarters to its owned facilities in Grapevine, Texas, by the end of 2005.";
    // The plan's actions run "by the end of 2005"; the non-renewal notice came in February 2005.
    expect(events(text)).toEqual([
      ['restructuring', '2005-12', null],
      ['relocation', '2005-12', null],
      ['contract_end', '2005-02', null],
    ]);
  });

  it('dates a filing the release announces by the release date', () => {
    expect(events('American Locker Group Incorporated announced that it filed its Annual Report on Form 10-K for its fiscal year ended December 31, 2004.')).toEqual([
      ['filing', '2005-07-27', null],
    ]);
  });
});

describe('extractEvents on other forms', () => {
  it('dates a dividend by its payable date', () => {
    const calendar: Calendar = { stated: [], fiscalYearEnd: null, anchor: '2024-02-01' };
    expect(
      events(
        "Apple’s board of directors has declared a cash dividend of $0.24 per share of the Company’s common stock. The dividend is payable on February 15, 2024 to shareholders of record as of the close of business on February 12, 2024.",
        calendar,
        null,
      ),
    ).toEqual([['dividend', '2024-02-15', null]]);
  });

  it('dates an election by the effective date in the next sentence', () => {
    const calendar: Calendar = { stated: [], fiscalYearEnd: null, anchor: '2019-07-10' };
    expect(
      events(
        'The Oracle Board of Directors today announced that it has unanimously elected Rona A. Fairhead to the company’s Board of Directors. The election is effective as of July 31, 2019.',
        calendar,
        null,
      ),
    ).toEqual([['leadership', '2019-07-31', null]]);
  });

  it('places a fiscal quarter in the calendar quarter most of it falls in', () => {
    // Sears' second quarter of 2004 ended July 3, 2004: April to early July, so 2004-Q2.
    const calendar: Calendar = { stated: [{ end: '2004-07-03', months: 3, quarter: 2 }], fiscalYearEnd: [1, 3], anchor: '2004-07-22' };
    expect(events('The company retired $600 million of domestic term debt in the second quarter of 2004 and expects to retire an additional $200 million by year-end 2004.', calendar)).toEqual([
      ['financing', '2004-Q2', 600000000],
      ['financing', '2004-12', 200000000],
    ]);
  });

  it.each([
    ['safe-harbor boilerplate', 'The Company’s actual results could differ materially, including risks related to the successful implementation of the Company’s restructuring plan and the relocation of its headquarters.'],
    ['an earnings call', 'Sears will webcast its second quarter earnings conference call at 10:30 a.m. EDT today.'],
    ['a cause already told', 'As a result of the nonrenewal of the USPS contract, sales will decline.'],
    ['a footnote', '(1) These items relate to the Company’s initiatives to streamline its home office and the divestiture of businesses.'],
  ])('finds no event in %s', (_kind, text) => {
    expect(events(text)).toEqual([]);
  });
});

describe('relative dates', () => {
  it('dates "tomorrow" and "last week" from the release date', () => {
    const calendar: Calendar = { stated: [], fiscalYearEnd: null, anchor: '2024-02-01' };
    expect(events('Apple Vision Pro reaches customers tomorrow.', calendar, null)).toEqual([['product', '2024-02-02', null]]);
    expect(events('The company completed the acquisition of Widget Co. last week.', calendar, null)).toEqual([['acquisition', '2024-01-25', null]]);
  });
});
