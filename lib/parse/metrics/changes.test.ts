import { describe, expect, it } from 'vitest';
import type { Metric } from '@/lib/domain/release';
import type { StatedChange } from '../prose/extract';
import { derivePriors } from './changes';

const eps: Metric = {
  metric: 'eps_basic', period: { end: '2031-09-30', months: 3 }, value: 0.12, unit: 'USD/share', gaap: true, segment: null, derived: false,
  source: { start: 10, end: 15 }, sources: [{ start: 10, end: 15 }], label: 'earnings per share', rule: 'metrics/prose-figure',
};
const change = (amount: number, written: string): StatedChange => ({
  metric: 'eps_basic', period: { end: '2031-09-30', months: 3 }, amount, percent: null, tolerance: 0, written, source: { start: 40, end: 40 + written.length },
});

describe('derivePriors', () => {
  it('derives a prior per-share figure from a change in cents, never from a change in dollars', () => {
    expect(derivePriors([eps], [change(0.07, '$.07')]).map((m) => [m.period.end, m.value, m.derived])).toEqual([
      ['2031-09-30', 0.12, false],
      ['2030-09-30', 0.05, true],
    ]);
    // "an improvement of $357 thousand" set against the per-share figure is no change of it.
    expect(derivePriors([eps], [change(357000, '$357 thousand')])).toEqual([eps]);
  });
});
