import { describe, expect, it } from 'vitest';
import { memoOn } from './memo';
import { matchesOf } from './regex';

describe('matchesOf', () => {
  it('gives every match with its offset, from the start whatever the pattern last matched', () => {
    const YEAR = /\b(\d{4})\b/g;
    YEAR.lastIndex = 12;
    expect(matchesOf(YEAR, 'in 2023 and 2024').map((m) => [m[1], m.index])).toEqual([
      ['2023', 3],
      ['2024', 12],
    ]);
  });

  it('steps past empty matches instead of looping on them', () => {
    expect(matchesOf(/x*/g, 'ab').map((m) => m.index)).toEqual([0, 1, 2]);
  });

  it('gives nothing for a text without the pattern', () => {
    expect(matchesOf(/\d+/g, 'no figures here')).toEqual([]);
  });
});

describe('memoOn', () => {
  it('reads each object once, and two objects with equal contents apart', () => {
    const read: string[] = [];
    const lengthOf = memoOn((s: { text: string }) => {
      read.push(s.text);
      return s.text.length;
    });
    const first = { text: 'Sales rose.' };
    const twin = { text: 'Sales rose.' };
    expect([lengthOf(first), lengthOf(first), lengthOf(twin)]).toEqual([11, 11, 11]);
    expect(read).toEqual(['Sales rose.', 'Sales rose.']);
  });

  it('keeps a falsy reading instead of reading again', () => {
    let reads = 0;
    const never = memoOn((_: object) => {
      reads++;
      return false;
    });
    const key = {};
    expect([never(key), never(key)]).toEqual([false, false]);
    expect(reads).toBe(1);
  });
});
