import { describe, expect, it } from 'vitest';
import { findStatedPeriods, fiscalYearEnd, monthsIn } from './index';

const periods = (text: string) => findStatedPeriods(text).map(({ end, months }) => ({ end, months }));

describe('findStatedPeriods', () => {
  it('reads years, quarters and runs of months with their end dates', () => {
    expect(periods('filed its Annual Report on Form 10-K for its fiscal year ended  December  31, 2004')).toEqual([{ end: '2004-12-31', months: 12 }]);
    expect(periods('for the three months ended September 30, 1997 and the nine months ended September 30, 1997')).toEqual([
      { end: '1997-09-30', months: 3 },
      { end: '1997-09-30', months: 9 },
    ]);
  });

  it('reads 13-, 39- and 53-week periods as a quarter, nine months and a year', () => {
    expect(
      periods('for the 13-week fiscal quarter ended November 2, 2024, the 39-week period ended November 2, 2024 and the 53 weeks ended February 3, 2024'),
    ).toEqual([
      { end: '2024-11-02', months: 3 },
      { end: '2024-11-02', months: 9 },
      { end: '2024-02-03', months: 12 },
    ]);
  });
});

describe('monthsIn', () => {
  it.each([
    ['For the 26 Weeks Ended', 6],
    ['Three Months Ended', 3],
    ['Twelve Months Ended', 12],
    ['Year Ended December 31,', 12],
    ['Quarter Ended', 3],
    ['December 31', null],
  ])('%j is %s months', (text, months) => {
    expect(monthsIn(text)).toBe(months);
  });
});

describe('fiscalYearEnd', () => {
  it('moves a stated quarter forward to the fourth quarter', () => {
    // Eagle USA: "third quarter ended June 30, 1997" puts the fiscal year end at September 30.
    expect(fiscalYearEnd(findStatedPeriods('for the third quarter ended June 30, 1997'))).toEqual([9, 30]);
    // Sears: "second quarter ended July 3, 2004" (a 52/53-week year ending early January).
    expect(fiscalYearEnd(findStatedPeriods('for the second quarter ended July 3, 2004'))).toEqual([1, 3]);
  });

  it('ignores trailing twelve months', () => {
    expect(fiscalYearEnd(findStatedPeriods('For the trailing 12 months ended September 30, 1997, net income'))).toBeNull();
  });
});
