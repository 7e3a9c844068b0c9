import { describe, expect, it } from 'vitest';
import { checkReleaseYear } from './release-date';

describe('checkReleaseYear', () => {
  it('keeps a date that follows the reported period', () => {
    expect(checkReleaseYear('2005-07-27', '2004-12-31')).toEqual({ date: '2005-07-27', warning: null });
  });

  it('reads a dateline dated before its own period as next year, and says so', () => {
    // USA Truck: "VAN BUREN, AR JANUARY 29, 1996" on results for the quarter ended December 31, 1996.
    expect(checkReleaseYear('1996-01-29', '1996-12-31')).toEqual({
      date: '1997-01-29',
      warning: 'The dateline says Jan 29, 1996, before the period it reports on ended (Dec 31, 1996); read as Jan 29, 1997.',
    });
  });

  it('leaves a date alone when next year would not fit either', () => {
    expect(checkReleaseYear('1995-06-01', '1996-12-31')).toEqual({ date: '1995-06-01', warning: null });
  });
});
