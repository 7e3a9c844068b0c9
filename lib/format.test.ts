import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyIn, formatPercent, formatPeriod, formatShortPeriod, moneyScale, shortCompanyName } from './format';

describe('formatMoney', () => {
  it.each([
    [49023417, 'USD', '$49.0M'],
    [8781000000, 'USD', '$8.78B'],
    [119575000000, 'USD', '$120B'],
    [-806000000, 'USD', '−$806M'],
    [509589, 'USD', '$509,589'],
    [1.73, 'USD/share', '$1.73'],
    [-0.42, 'USD/share', '−$0.42'],
  ] as const)('formats %d %s as %s', (value, unit, expected) => {
    expect(formatMoney(value, unit)).toBe(expected);
  });
});

describe('formatPeriod and formatPercent', () => {
  it('names a year and a quarter by their last day', () => {
    expect(formatPeriod({ end: '2004-12-31', months: 12 })).toBe('Year to Dec 31, 2004');
    expect(formatPeriod({ end: '2004-07-03', months: 3 })).toBe('3 months to Jul 3, 2004');
  });

  it('signs percentages', () => {
    expect(formatPercent(24.88)).toBe('+24.9%');
    expect(formatPercent(-3.14)).toBe('−3.1%');
  });
});

describe('formatShortPeriod and shortCompanyName', () => {
  it('names periods where space is short', () => {
    expect(formatShortPeriod({ end: '2004-12-31', months: 12 })).toBe('FY2004');
    expect(formatShortPeriod({ end: '2004-07-03', months: 3 })).toBe('3M to Jul 3, 2004');
    expect(formatShortPeriod({ end: '2004-12-31', months: 0 })).toBe('At Dec 31, 2004');
  });

  it('drops a corporate suffix and odd spacing, never the whole name', () => {
    expect(shortCompanyName('American Locker Group Incorporated')).toBe('American Locker Group');
    expect(shortCompanyName('Sears,  Roebuck and Co.')).toBe('Sears, Roebuck and Co.');
    expect(shortCompanyName('Procter & Gamble Company')).toBe('Procter & Gamble');
    expect(shortCompanyName('Acme Corp.')).toBe('Acme');
    expect(shortCompanyName('Inc.')).toBe('Inc.');
  });
});

describe('one scale per table', () => {
  it('takes the largest scale the smallest figure reaches, millions when anything does, exact when nothing does', () => {
    expect([
      moneyScale([13_589_000_000, 1_854_000_000, 41_000_000]),
      moneyScale([26_044_000_000, 18_852_000_000]),
      moneyScale([49_023_417, 9_766_979, 0]),
      moneyScale([49_023_417, 250_000]),
      moneyScale([812_400, 700_000]),
      moneyScale([0]),
      moneyScale([]),
    ]).toEqual([1e6, 1e9, 1e6, 1e6, 1, 1, 1]);
  });

  it('writes each figure in it with grouped digits, per-share figures as ever', () => {
    expect([
      formatMoneyIn(13_589_000_000, 'USD', 1e6),
      formatMoneyIn(41_000_000, 'USD', 1e6),
      formatMoneyIn(-2_702_948, 'USD', 1e6),
      formatMoneyIn(250_000, 'USD', 1e6),
      formatMoneyIn(26_044_000_000, 'USD', 1e9),
      formatMoneyIn(812_400, 'USD', 1),
      formatMoneyIn(1.73, 'USD/share', 1e6),
    ]).toEqual(['$13,589M', '$41.0M', '−$2.70M', '$0.25M', '$26.0B', '$812,400', '$1.73']);
  });
});
