import { describe, expect, it } from 'vitest';
import { readColumnPeriod } from './column';
import {
  eventDateOf,
  findMentions,
  findPeriodPhrases,
  findStatedPeriods,
  fiscalYearEnd,
  fiscalYearEndFromOpening,
  lengthsIn,
  listTails,
  monthsIn,
  resolvePeriod,
  resolvePeriods,
  weeksToMonths,
  type Calendar,
  type PeriodMention,
} from './index';

// Every sentence, company and figure below is made up for these tests.

/** A mention with nothing said: each test spells out what its phrase does say. */
const SAYS_NOTHING = {
  months: null,
  lengths: [],
  year: null,
  years: [],
  endDate: null,
  ends: [],
  fiscal: false,
  quarter: null,
  prior: false,
  same: false,
  toDate: false,
  month: null,
  day: null,
  by: false,
} satisfies Partial<PeriodMention>;

const DECEMBER: Calendar = { stated: [], fiscalYearEnd: null, anchor: null };
const SEPTEMBER: Calendar = { stated: [], fiscalYearEnd: [9, 30], anchor: null };

/** The first mention a text makes. */
function firstMention(text: string): PeriodMention {
  const [first] = findMentions(text);
  if (!first) throw new Error(`no mention in ${JSON.stringify(text)}`);
  return first;
}

/** A sentence's mentions with the years that follow them taken in, as the customer reader runs them. */
function listed(text: string): PeriodMention[] {
  return listTails.refine([...findMentions(text)], { text, offset: 0 });
}

describe('findStatedPeriods', () => {
  it('reads a fiscal year and its end', () => {
    expect(findStatedPeriods('In the fiscal year ended June 30, 2024, Lindqvist Tooling earned $4.1 million.')).toEqual([
      { end: '2024-06-30', months: 12, start: 7, stop: 38, yearEnd: true, quarter: null },
    ]);
  });

  it('reads a numbered quarter with its number', () => {
    expect(findStatedPeriods('Orvel Systems posted $12.5 million for the third quarter ended September 30, 2023.')).toEqual([
      { end: '2023-09-30', months: 3, start: 43, stop: 81, yearEnd: false, quarter: 3 },
    ]);
  });

  it('reads a run of months', () => {
    expect(findStatedPeriods("Brightwell Dairy's nine months ended March 31, 2025 closed with record volume.")).toEqual([
      { end: '2025-03-31', months: 9, start: 19, stop: 51, yearEnd: false, quarter: null },
    ]);
  });

  it.each([
    // 52 or 53 weeks make a retailer's fiscal year: its end is the year end.
    [13, 'May 3, 2025', '2025-05-03', 3, 66, false],
    [26, 'August 2, 2025', '2025-08-02', 6, 69, false],
    [39, 'November 1, 2025', '2025-11-01', 9, 71, false],
    [52, 'February 1, 2025', '2025-02-01', 12, 71, true],
    [53, 'February 3, 2024', '2024-02-03', 12, 71, true],
  ])('reads %i weeks ended %s as %s, %i months', (weeks, date, end, months, stop, yearEnd) => {
    expect(findStatedPeriods(`Pelham Grocers earned $2 million in the ${weeks} weeks ended ${date}.`)).toEqual([
      { end, months, start: 40, stop, yearEnd, quarter: null },
    ]);
  });

  it('reads each length of "three and nine months ended" for each date', () => {
    expect(findStatedPeriods('Ardent Tool earned $4 million in the three and nine months ended September 30, 2024 and 2023.').map(({ end, months }) => `${months}m ${end}`)).toEqual([
      '9m 2024-09-30',
      '9m 2023-09-30',
      '3m 2024-09-30',
      '3m 2023-09-30',
    ]);
  });

  it('takes "the last fiscal year" as a year, not a trailing period', () => {
    expect(findStatedPeriods('In the last fiscal year ended June 30, 2023, Ardent Tool grew.')).toEqual([{ end: '2023-06-30', months: 12, start: 12, stop: 43, yearEnd: true, quarter: null }]);
  });

  it('reads two periods stated in one sentence, in order', () => {
    const text = 'Net sales at Quillon Audio were $8.2 million for the three months ended June 30, 2024 and $15.9 million for the six months ended June 30, 2024.';
    expect(findStatedPeriods(text)).toEqual([
      { end: '2024-06-30', months: 3, start: 53, stop: 85, yearEnd: false, quarter: null },
      { end: '2024-06-30', months: 6, start: 112, stop: 142, yearEnd: false, quarter: null },
    ]);
  });

  it('does not take trailing twelve months for the year end', () => {
    expect(findStatedPeriods('Over the trailing twelve months ended September 30, 2024, Marrow Freight earned $40.3 million.')).toEqual([
      { end: '2024-09-30', months: 12, start: 18, stop: 56, yearEnd: false, quarter: null },
    ]);
  });

  it('reads a length and "fiscal period" before "ended"', () => {
    expect(findStatedPeriods('Net sales for the 39-week fiscal period ended November 1, 2025 were $801 million.')).toEqual([
      { end: '2025-11-01', months: 9, start: 18, stop: 62, yearEnd: false, quarter: null },
    ]);
  });

  it('states no period for a bare date', () => {
    expect(findStatedPeriods('Sorrel Pharma will host its investor day on November 12, 2024.')).toEqual([]);
  });
});

describe('fiscalYearEnd', () => {
  const yearEndOf = (text: string) => fiscalYearEnd(findStatedPeriods(text));

  it('takes the end of a stated year', () => {
    expect(yearEndOf('Tannery Row closed its fiscal year ended June 30, 2024 with no debt.')).toEqual([6, 30]);
  });

  it('takes a stated year over a stated quarter, even one stated first', () => {
    // The quarter alone would give December 29.
    expect(yearEndOf('Ostrava Tools reported on the second quarter ended June 29, 2024; its fiscal year ended December 28, 2023.')).toEqual([12, 28]);
  });

  it('moves a third quarter forward one quarter', () => {
    expect(yearEndOf('Hollis Marine grew in the third quarter ended June 30, 2024.')).toEqual([9, 30]);
  });

  it('moves a first quarter forward three quarters, into the next calendar year', () => {
    expect(yearEndOf('Hollis Marine grew in the first quarter ended December 31, 2023.')).toEqual([9, 30]);
  });

  it('takes a fourth quarter end as the year end', () => {
    expect(yearEndOf('Hollis Marine grew in the fourth quarter ended September 27, 2025.')).toEqual([9, 27]);
  });

  it('keeps a month-end quarter at the end of its month', () => {
    expect(yearEndOf('Hollis Marine grew in the second quarter ended June 30, 2024.')).toEqual([12, 31]);
  });

  it('is null when the only quarter stated has no number', () => {
    expect(yearEndOf('Ferro Lane earned $1.3 million in the quarter ended September 30, 2024.')).toBeNull();
  });

  it('is null for trailing twelve months alone', () => {
    expect(yearEndOf('Over the trailing twelve months ended September 30, 2024, Marrow Freight earned $40.3 million.')).toBeNull();
  });
});

describe('fiscalYearEndFromOpening', () => {
  const fromOpening = (text: string) => fiscalYearEndFromOpening(text, findStatedPeriods(text), 0);

  it('places the quarter the opening names at the end of the quarter it states', () => {
    // A 13-week third quarter ended November 1, 2025: the year ends a quarter of 13 weeks later, about January 31.
    const text = 'CORALVILLE TRADERS REPORTS THIRD QUARTER RESULTS\n\nNet income for the third quarter of fiscal 2025 was $12.0 million. Net sales for the 13-week fiscal quarter ended November 1, 2025 rose 4%.';
    expect(fromOpening(text)).toEqual([2, 1]);
  });

  it('reads a fiscal year ending in June from a first quarter ended in September', () => {
    expect(fromOpening('Pell Harbor Foods posts first quarter fiscal 2026 results. Sales for the three months ended September 30, 2025 were $41 million.')).toEqual([6, 30]);
  });

  it('is null when the opening names no quarter, or states none', () => {
    expect(fromOpening('Sales for the three months ended September 30, 2025 were $41 million.')).toBeNull();
    expect(fromOpening('Pell Harbor Foods posts first quarter fiscal 2026 results.')).toBeNull();
  });

  it('takes no quarter the opening names as the prior one', () => {
    expect(fromOpening("Against the prior year's first quarter, sales for the three months ended September 30, 2025 were up.")).toBeNull();
  });
});

describe('findMentions', () => {
  it('reads "Q2 FY26" as a fiscal second quarter', () => {
    expect(findMentions('Kestrel Labs expects Q2 FY26 revenue of $30 million.')).toEqual([
      { ...SAYS_NOTHING, rule: 'periods/year-quarter', kind: 'period', start: 21, end: 28, months: 3, year: 2026, years: [2026], fiscal: true, quarter: 2 },
    ]);
  });

  it('reads "as of" two dates as one balance with both dates', () => {
    expect(findMentions('Cash totaled $5.6 million as of March 31, 2024 and December 31, 2023.')).toEqual([
      {
        ...SAYS_NOTHING,
        rule: 'periods/balance',
        kind: 'balance',
        start: 26,
        end: 68,
        year: 2024,
        years: [2024, 2023],
        endDate: '2024-03-31',
        ends: ['2024-03-31', '2023-12-31'],
      },
    ]);
  });

  it('reads "at" a date as a balance', () => {
    expect(findMentions('Debt was $2.0 million at December 31, 2023.')).toEqual([
      { ...SAYS_NOTHING, rule: 'periods/balance', kind: 'balance', start: 22, end: 42, year: 2023, years: [2023], endDate: '2023-12-31', ends: ['2023-12-31'] },
    ]);
  });

  it('reads a weekday and a day without a year as a date', () => {
    expect(findMentions('Vantor Bio will report results on Friday, October 31.')).toEqual([
      { ...SAYS_NOTHING, rule: 'periods/month-day', kind: 'date', start: 31, end: 52, month: 10, day: 31 },
    ]);
  });

  it('reads a month and year as a month', () => {
    expect(findMentions('Halden Rail opened its second plant in February 2025.')).toEqual([
      { ...SAYS_NOTHING, rule: 'periods/month-year', kind: 'month', start: 36, end: 52, year: 2025, years: [2025], month: 2 },
    ]);
  });

  it('reads "by the end of" a year as a deadline', () => {
    expect(findMentions('Corvane aims to open 40 stores by the end of 2025.')).toEqual([
      { ...SAYS_NOTHING, rule: 'periods/by-year-end', kind: 'month', start: 31, end: 49, year: 2025, years: [2025], by: true },
    ]);
  });

  it('finds nothing in "the year-end balance"', () => {
    expect(findMentions("The year-end balance of Pruett Credit's revolver was $3 million.")).toEqual([]);
  });

  it('keeps the longest of overlapping mentions', () => {
    // "in 2023" alone is a year mention; "the same period in 2023" holds it.
    expect(findMentions('Margins rose from the same period in 2023.')).toEqual([
      { ...SAYS_NOTHING, rule: 'periods/comparison', kind: 'period', start: 18, end: 41, year: 2023, years: [2023], same: true },
    ]);
  });

  it('adds the offset to start and end', () => {
    expect(findMentions('Sales grew in 2023.', 500)).toEqual([
      { ...SAYS_NOTHING, rule: 'periods/year', kind: 'period', start: 511, end: 518, year: 2023, years: [2023] },
    ]);
  });
});

describe('years named before a noun', () => {
  it('reads "the 2030 period" as a period of that year, "its 2030 sales" as that year, and no year before "and" or "to"', () => {
    const text = 'Its 2030 sales rose, as in the 2029 period; from 2027 to 2028 and 2026 they fell.';
    expect(findMentions(text).map((m) => [m.rule, text.slice(m.start, m.end), m.year])).toEqual([
      ['periods/year-before-noun', '2030', 2030],
      ['periods/year-period', 'the 2029 period', 2029],
    ]);
  });
});

describe('findPeriodPhrases', () => {
  it('reads "three fiscal quarters ended" as nine months, as "three quarters ended"', () => {
    expect(findMentions('Sales for the three fiscal quarters ended June 28, 2031 rose 4%.').map((m) => [m.rule, m.months, m.endDate])).toEqual([['periods/ended', 9, '2031-06-28']]);
  });

  it('reads a month with a comma before its year ("December, 2029") as the month of that year', () => {
    expect(findMentions('The mill restarted in December, 2029 after repairs.').map((m) => [m.rule, m.month, m.year])).toEqual([['periods/month-year', 12, 2029]]);
  });

  it('reads a quarter with its year right after it ("third quarter 1996"), as with "of"', () => {
    const text = 'Net income for the third quarter 1996 fell; the first quarter of fiscal 1997 is next.';
    expect(findPeriodPhrases(text)).toEqual([
      { ...SAYS_NOTHING, rule: 'periods/ordinal-quarter', kind: 'period', start: 19, end: 37, months: 3, lengths: [3], year: 1996, years: [1996], quarter: 3 },
      { ...SAYS_NOTHING, rule: 'periods/ordinal-quarter', kind: 'period', start: 48, end: 76, months: 3, lengths: [3], year: 1997, years: [1997], quarter: 1, fiscal: true },
    ]);
  });

  it('keeps periods and drops balances and days', () => {
    const text = 'Revenue for the second quarter of 2024 rose, and cash at June 30, 2024 was $9 million; the board met on July 15.';
    expect(findMentions(text).map((m) => m.rule)).toEqual(['periods/ordinal-quarter', 'periods/balance', 'periods/month-day']);
    expect(findPeriodPhrases(text)).toEqual([
      { ...SAYS_NOTHING, rule: 'periods/ordinal-quarter', kind: 'period', start: 16, end: 38, months: 3, lengths: [3], year: 2024, years: [2024], quarter: 2 },
    ]);
  });
});

describe('listTails', () => {
  it('takes the years that follow a year into one mention', () => {
    expect(listed('Gross margin was 41% in 2023, 2022 and 2021.')).toEqual([
      { ...SAYS_NOTHING, rule: 'periods/year+periods/list-tails', kind: 'period', start: 21, end: 43, year: 2023, years: [2023, 2022, 2021] },
    ]);
  });

  it('stops at the next mention', () => {
    expect(listed('Revenue rose 8% in 2024, and 2023 fourth quarter revenue was restated.')).toEqual([
      { ...SAYS_NOTHING, rule: 'periods/year', kind: 'period', start: 16, end: 23, year: 2024, years: [2024] },
      { ...SAYS_NOTHING, rule: 'periods/year-quarter', kind: 'period', start: 29, end: 48, months: 3, lengths: [3], year: 2023, years: [2023], quarter: 4 },
    ]);
  });
});

describe('resolvePeriods', () => {
  it('gives a calendar year for each year of "in 2023, 2022 and 2021"', () => {
    const [list] = listed('Gross margin was 41% in 2023, 2022 and 2021.');
    expect(resolvePeriods(list!, DECEMBER)).toEqual([
      { end: '2023-12-31', months: 12 },
      { end: '2022-12-31', months: 12 },
      { end: '2021-12-31', months: 12 },
    ]);
  });

  it('gives a fiscal year for each year of "fiscal 2014, 2013 and 2012"', () => {
    const [list] = listed('Kormet shipped 1.2 million units in fiscal 2014, 2013 and 2012.');
    expect(list).toEqual({
      ...SAYS_NOTHING,
      rule: 'periods/year+periods/list-tails',
      kind: 'period',
      start: 36,
      end: 62,
      months: 12,
      // "fiscal" makes the years the company's; it names no length of its own.
      lengths: [],
      year: 2014,
      years: [2014, 2013, 2012],
      fiscal: true,
    });
    expect(resolvePeriods(list!, SEPTEMBER)).toEqual([
      { end: '2014-09-30', months: 12 },
      { end: '2013-09-30', months: 12 },
      { end: '2012-09-30', months: 12 },
    ]);
  });

  it('gives a half for each year of "the first two quarters of 2023 and 2022"', () => {
    const [list] = listed('Bookings for the first two quarters of 2023 and 2022 were flat at Nardell Steel.');
    expect(list).toEqual({
      ...SAYS_NOTHING,
      rule: 'periods/months-of-year+periods/list-tails',
      kind: 'period',
      start: 17,
      end: 52,
      months: 6,
      lengths: [6],
      year: 2023,
      years: [2023, 2022],
    });
    expect(resolvePeriods(list!, DECEMBER)).toEqual([
      { end: '2023-06-30', months: 6 },
      { end: '2022-06-30', months: 6 },
    ]);
  });

  it('gives years for "the periods ended" a day and more years, when no period is under report', () => {
    const [ended] = listed('Dividends were paid in each of the periods ended December 31, 2020, 2019 and 2018.');
    expect(ended).toEqual({
      ...SAYS_NOTHING,
      rule: 'periods/ended',
      kind: 'period',
      start: 35,
      end: 81,
      year: 2020,
      years: [2020, 2019, 2018],
      endDate: '2020-12-31',
      ends: ['2020-12-31', '2019-12-31', '2018-12-31'],
    });
    expect(resolvePeriods(ended!, DECEMBER)).toEqual([
      { end: '2020-12-31', months: 12 },
      { end: '2019-12-31', months: 12 },
      { end: '2018-12-31', months: 12 },
    ]);
  });

  it('gives "the periods ended" the length of the period under report', () => {
    const [ended] = listed('Dividends were paid in each of the periods ended December 31, 2020, 2019 and 2018.');
    expect(resolvePeriods(ended!, DECEMBER, { end: '2020-12-31', months: 3 })).toEqual([
      { end: '2020-12-31', months: 3 },
      { end: '2019-12-31', months: 3 },
      { end: '2018-12-31', months: 3 },
    ]);
  });

  it('gives balances a length of 0 months', () => {
    const [balance] = listed('Cash totaled $5.6 million as of March 31, 2024 and December 31, 2023.');
    expect(resolvePeriods(balance!, DECEMBER)).toEqual([
      { end: '2024-03-31', months: 0 },
      { end: '2023-12-31', months: 0 },
    ]);
  });
});

describe('resolvePeriod', () => {
  it('places a year-less "fourth quarter" as the last one to end before the release date', () => {
    const calendar: Calendar = { stated: [], fiscalYearEnd: [12, 31], anchor: '2025-01-29' };
    expect(resolvePeriod(firstMention('Fourth quarter sales at Wexley Paints rose 12%.'), null, calendar)).toEqual({ end: '2024-12-31', months: 3 });
  });

  it('places "a year ago" one year before the base period, as long as it', () => {
    const mention = firstMention('Kiln Works sales were $7.4 million, up from $6.1 million a year ago.');
    expect(resolvePeriod(mention, { end: '2024-09-28', months: 3 }, DECEMBER)).toEqual({ end: '2023-09-28', months: 3 });
  });

  it('names a fiscal year by the calendar year it ends in when shifting a stated quarter', () => {
    // The release states its second quarter ended December 31, 2030, in a year ending June 30: fiscal 2031.
    const june: Calendar = { stated: [{ end: '2030-12-31', months: 3, quarter: 2 }], fiscalYearEnd: [6, 30], anchor: '2031-02-10' };
    expect(resolvePeriod(firstMention('Net income for the fiscal 2030 second quarter rose to $1.2 million.'), null, june)).toEqual({ end: '2029-12-31', months: 3 });
    expect(resolvePeriod(firstMention('Net income for the fiscal 2031 second quarter rose to $1.2 million.'), null, june)).toEqual({ end: '2030-12-31', months: 3 });
  });

  it('names a year ending early in February for the year before, when shifting a stated quarter', () => {
    // The third quarter ended November 1, 2025 is of fiscal 2025 (the year to February 1, 2026, read a quarter on).
    const february: Calendar = { stated: [{ end: '2025-11-01', months: 3, quarter: null }], fiscalYearEnd: [2, 1], anchor: '2025-11-21' };
    expect(resolvePeriod(firstMention('Net income for the third quarter of fiscal 2024 was $51.8 million.'), null, february)).toEqual({ end: '2024-11-01', months: 3 });
  });

  it('places a fiscal quarter in a September fiscal year', () => {
    const mention = firstMention('Ellery Foods lifted sales in the second quarter of fiscal 2025.');
    expect(resolvePeriod(mention, null, SEPTEMBER)).toEqual({ end: '2025-03-31', months: 3 });
  });

  it('ends a quarter on the day it is said to end, a year-less day taking the year nearest the quarter', () => {
    // Fiscal 2032 of a company whose year ends July 31 starts August 1, 2031: its first quarter ends October 31, 2031.
    const text = 'Its net loss was $2.8 million for the first quarter of the 2032 fiscal year ended October 31.';
    expect(findMentions(text).map((m) => text.slice(m.start, m.end))).toEqual(['first quarter of the 2032 fiscal year ended October 31']);
    expect(resolvePeriod(firstMention(text), null, { stated: [], fiscalYearEnd: [7, 31], anchor: '2031-11-12' })).toEqual({ end: '2031-10-31', months: 3 });
    // Without the fiscal calendar, the stated day still ends it.
    expect(resolvePeriod(firstMention(text), null, DECEMBER)).toEqual({ end: '2031-10-31', months: 3 });
  });

  it('places a bare year a quarter is compared with at the same quarter of that year', () => {
    // "For the quarter ended December 31, 2031, … compared to revenues of $11.6 million for 2030."
    const base = { end: '2031-12-31', months: 3 };
    expect(resolvePeriod(firstMention('Revenues were $11.6 million for 2030.'), base, DECEMBER, 3)).toEqual({ end: '2030-12-31', months: 3 });
    // A year is named by the fiscal calendar, though: fiscal 2030 of a year ending early in January ends January 3, 2031.
    const january: Calendar = { stated: [], fiscalYearEnd: [1, 3], anchor: '2031-02-12' };
    expect(resolvePeriod(firstMention('With revenues in 2030 of $41.1 billion, it is a leading retailer.'), { end: '2031-01-03', months: 12 }, january)).toEqual({ end: '2031-01-03', months: 12 });
  });

  it('reads the fiscal year before a quarter that ended on a day as part of one phrase', () => {
    const text = 'For the fiscal 2032 second quarter ended December 31, 2031, revenues increased.';
    expect(findMentions(text).map((m) => [text.slice(m.start, m.end), m.endDate, m.months])).toEqual([['fiscal 2032 second quarter ended December 31, 2031', '2031-12-31', 3]]);
  });

  it('reads "the current year quarter" as the quarter under report, not the year', () => {
    const base = { end: '2031-09-30', months: 3 };
    expect(resolvePeriod(firstMention('Operating income was $5.1 million for the current year quarter.'), base, DECEMBER)).toEqual(base);
  });
});

describe('eventDateOf', () => {
  const released = (anchor: string): Calendar => ({ stated: [], fiscalYearEnd: null, anchor });

  it('dates a day to the day', () => {
    expect(eventDateOf(firstMention('Tarrow Inc. signed the lease on May 14, 2025.'), DECEMBER, null)).toBe('2025-05-14');
  });

  it('dates a month to the month', () => {
    expect(eventDateOf(firstMention('Halden Rail opened its second plant in February 2025.'), DECEMBER, null)).toBe('2025-02');
  });

  it('dates a deadline at the end of a year to its December', () => {
    expect(eventDateOf(firstMention('Corvane aims to open 40 stores by the end of 2025.'), DECEMBER, null)).toBe('2025-12');
  });

  it('dates a fiscal quarter to the calendar quarter it falls in', () => {
    // Fiscal 2025 ends September 30, 2025, so its first quarter is October to December 2024.
    expect(eventDateOf(firstMention('Dunmore Retail expects Q1 fiscal 2025 margins to improve.'), SEPTEMBER, null)).toBe('2024-Q4');
  });

  it('dates a quarter ending in early July to the calendar second quarter', () => {
    expect(eventDateOf(firstMention('Grist Mills grew in the second quarter ended July 5, 2025.'), DECEMBER, null)).toBe('2025-Q2');
  });

  it('dates nine months and a year to the year they end in', () => {
    expect(eventDateOf(firstMention("Aldermoor Bank's profit for the nine months ended September 30, 2024 rose."), DECEMBER, null)).toBe('2024');
    expect(eventDateOf(firstMention('Tannery Row closed its fiscal year ended June 30, 2024 with no debt.'), DECEMBER, null)).toBe('2024');
  });

  it('dates a year-less day to the latest such day up to the release date', () => {
    const mentions = findMentions('Fenwick Mills restarted the line on January 20 after a fire on March 3.');
    expect(mentions.map((m) => eventDateOf(m, released('2025-02-10'), null))).toEqual(['2025-01-20', '2024-03-03']);
  });
});

describe('lengthsIn', () => {
  it.each([
    ['three and nine months', [3, 9]],
    ['three, six and nine months', [3, 6, 9]],
    ['13 and 39 weeks', [3, 9]],
    ['quarter and three quarters', [3, 9]],
    ['year', [12]],
    ['first half', [6]],
    ['December 31', []],
  ])('%j lists %j', (text, lengths) => {
    expect(lengthsIn(text)).toEqual(lengths);
  });
});

describe('monthsIn', () => {
  it.each([
    ['Three Months Ended', 3],
    ['Thirteen Weeks Ended', 3],
    ['For the 26 Weeks Ended', 6],
    ['Fifty-Two Weeks Ended', 12],
    ['Two Quarters Ended', 6],
    ['Three Fiscal Quarters Ended', 9],
    ['Thirty Nine Weeks Ended', 9],
    ['Twenty-Six Weeks Ended', 6],
    ['Fifty Three Weeks Ended', 12],
    ['Quarter Ended', 3],
    ['Half Year Ended', 6],
    ['Year Ended December 31,', 12],
    ['Fiscal 2024', 12],
    ['18 Months Ended', null],
    ['December 31', null],
  ])('%j is %s months', (text, months) => {
    expect(monthsIn(text)).toBe(months);
  });
});

describe('weeksToMonths', () => {
  it.each([
    [12, 3],
    [13, 3],
    [14, 3],
    [18, null],
    [26, 6],
    [39, 9],
    [52, 12],
    [53, 12],
    [60, null],
  ])('%i weeks are %s months', (weeks, months) => {
    expect(weeksToMonths(weeks)).toBe(months);
  });
});

describe('readColumnPeriod with fiscal quarter headers', () => {
  it.each([
    // A 52/53-week year ending Sunday, January 25, 2026: quarters 13 weeks apart.
    [[1, 25], 'Q4 FY26', '2026-01-25'],
    [[1, 25], 'Q3 FY26', '2025-10-26'],
    [[1, 25], 'Q1 FY26', '2025-04-27'],
    // A year of months ending December 31: quarters end on month ends.
    [[12, 31], 'Q3 FY24', '2024-09-30'],
    [[6, 30], 'Q1 FY2025', '2024-09-30'],
  ] as const)('year end %j: %s ends %s', (fiscalYearEnd, header, end) => {
    expect(readColumnPeriod([header], { months: null, monthDay: null, fiscalYearEnd: [...fiscalYearEnd] })).toEqual({ end, months: 3 });
  });
});
