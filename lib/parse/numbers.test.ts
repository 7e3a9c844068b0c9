import { describe, expect, it } from 'vitest';
import { parseCellNumber } from './numbers';

describe('parseCellNumber', () => {
  it.each([
    ['$8,700', { value: 8700, percent: false, dollar: true, decimals: 0 }],
    ['(1,234)', { value: -1234, percent: false, dollar: false, decimals: 0 }],
    ['$(0.42)', { value: -0.42, percent: false, dollar: true, decimals: 2 }],
    ['$ (806)', { value: -806, percent: false, dollar: true, decimals: 0 }],
    ['($43.0)', { value: -43, percent: false, dollar: true, decimals: 1 }],
    ['.6', { value: 0.6, percent: false, dollar: false, decimals: 1 }],
    ['27.9%', { value: 27.9, percent: true, dollar: false, decimals: 1 }],
    ['(13.9)%', { value: -13.9, percent: true, dollar: false, decimals: 1 }],
    ['596*', { value: 596, percent: false, dollar: false, decimals: 0 }],
    ['-12', { value: -12, percent: false, dollar: false, decimals: 0 }],
    ['+103%', { value: 103, percent: true, dollar: false, decimals: 0 }],
    ['Up 15%', { value: 15, percent: true, dollar: false, decimals: 0 }],
    ['Down 3.5%', { value: -3.5, percent: true, dollar: false, decimals: 1 }],
  ])('reads %s', (raw, expected) => {
    expect(parseCellNumber(raw)).toEqual(expected);
  });

  it('reads a dash as a placeholder that holds its column', () => {
    expect(parseCellNumber('—')).toEqual({ value: null, percent: false, dollar: false, decimals: 0 });
    expect(parseCellNumber('-')).toEqual({ value: null, percent: false, dollar: false, decimals: 0 });
    expect(parseCellNumber('----')).toEqual({ value: null, percent: false, dollar: false, decimals: 0 });
  });

  it.each(['n/m', 'NM', 'n/a', 'NA'])('reads %j (not meaningful, not available) as a placeholder', (raw) => {
    expect(parseCellNumber(raw)).toEqual({ value: null, percent: false, dollar: false, decimals: 0 });
  });

  it.each(['Net sales', '$', '(1,234', '1,23', 'Q3', ''])('refuses %j', (raw) => {
    expect(parseCellNumber(raw)).toBeNull();
  });
});
