import { describe, expect, it } from 'vitest';
import { maxOf, minOf, pushAll } from './arrays';

describe('array helpers that hold for any length', () => {
  it('append, and find the largest and smallest of, a million numbers without overflowing the stack', () => {
    // 0 … 999,999 with the top half first: the largest is not last, the smallest not first.
    const many = Array.from({ length: 1_000_000 }, (_, i) => (i + 500_000) % 1_000_000);
    expect(pushAll([-5], many).length).toBe(1_000_001);
    expect([maxOf(many), minOf(many)]).toEqual([999_999, 0]);
  });

  it('give the stated value for no values at all', () => {
    expect([maxOf([]), minOf([]), maxOf([], 0)]).toEqual([-Infinity, Infinity, 0]);
    expect([maxOf([3, -1, 2]), minOf([3, -1, 2])]).toEqual([3, -1]);
  });
});
