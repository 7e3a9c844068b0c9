import { describe, expect, it } from 'vitest';
import { periodName } from '@/lib/format';
import { fiscalPosition, yearEndMonth } from './fiscal-year';

describe('fiscalPosition', () => {
  it('places quarters of a calendar year, of a January year end and of a June year end', () => {
    expect([
      fiscalPosition({ end: '2022-03-31', months: 3 }, 12),
      fiscalPosition({ end: '2024-04-28', months: 3 }, 1),
      fiscalPosition({ end: '2024-01-28', months: 3 }, 1),
      fiscalPosition({ end: '2024-12-31', months: 3 }, 6),
    ]).toEqual([
      { year: 2022, quarter: 1 },
      { year: 2025, quarter: 1 },
      { year: 2024, quarter: 4 },
      { year: 2025, quarter: 2 },
    ]);
  });

  it('counts a 52/53-week period ending in a month’s first days to the month before', () => {
    // A year that ends on Saturday February 1 is a January year; its fourth quarter ends then.
    expect(fiscalPosition({ end: '2025-02-01', months: 3 }, 1)).toEqual({ year: 2025, quarter: 4 });
    expect(yearEndMonth({ month: 1, day: 3 })).toBe(12);
    expect(yearEndMonth({ month: 9, day: 28 })).toBe(9);
    expect(yearEndMonth(null)).toBeNull();
  });
});

describe('periodName', () => {
  it('names periods as analysts do, with FY only when the fiscal year is not the calendar one', () => {
    expect([
      periodName({ end: '2022-03-31', months: 3 }, 12),
      periodName({ end: '2022-03-31', months: 3 }, null),
      periodName({ end: '2024-04-28', months: 3 }, 1),
      periodName({ end: '2024-07-28', months: 6 }, 1),
      periodName({ end: '2022-09-30', months: 9 }, 12),
      periodName({ end: '2004-12-31', months: 12 }, null),
      periodName({ end: '2024-01-28', months: 12 }, 1),
      periodName({ end: '2004-12-31', months: 0 }, null),
      periodName({ end: '2022-05-31', months: 9 }, 12),
    ]).toEqual(['Q1 2022', 'Q1 2022', 'Q1 FY2025', 'H1 FY2025', '9M 2022', 'FY2004', 'FY2024', 'At Dec 31, 2004', '9M to May 31, 2022']);
  });
});
