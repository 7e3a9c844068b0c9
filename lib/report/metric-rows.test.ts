import { describe, expect, it } from 'vitest';
import { percentChange } from './metric-rows';

describe('percentChange', () => {
  it('is the change on the prior, and nothing where it would mean nothing', () => {
    // 12 on 10 is +20%; a loss of 12 on a loss of 10 is 20% worse; to zero is −100%.
    expect([percentChange(12, 10), percentChange(-12, -10), percentChange(0, 10)]).toEqual([20, -20, -100]);
    // From zero, and across zero (a loss to a profit, a profit to a loss): "n/m".
    expect([percentChange(5, 0), percentChange(3, -10), percentChange(-3, 10)]).toEqual([null, null, null]);
  });
});
