import { describe, expect, it } from 'vitest';
import { findMoney } from './money';

const values = (text: string) => findMoney(text).map((m) => [m.value, m.perShare, text.slice(m.start, m.end)]);

describe('findMoney', () => {
  it('reads full dollar amounts and their exact text', () => {
    expect(values('consolidated net sales of $49,023,417, an increase of $9,766,979,')).toEqual([
      [49023417, false, '$49,023,417'],
      [9766979, false, '$9,766,979'],
    ]);
  });

  it('scales "$44.2 million" and "$1.2 billion"', () => {
    expect(values('net income was $44.2 million on revenue of $1.2 billion')).toEqual([
      [44200000, false, '$44.2 million'],
      [1200000000, false, '$1.2 billion'],
    ]);
  });

  it('reads "$(0.42)" as negative and marks per-share amounts', () => {
    expect(values('loss per share improved from $(1.80) to $(0.42) per share')).toEqual([
      [-1.8, false, '$(1.80)'],
      [-0.42, true, '$(0.42)'],
    ]);
  });

  it('reads "27 cents a share" as $0.27 per share and ignores other cents', () => {
    expect(values('or 27 cents a share, and 46 cents per pound')).toEqual([[0.27, true, '27 cents']]);
  });

  it('keeps a bracket that closes an aside out of the amount', () => {
    expect(values('(including $5.2 million) in charges')).toEqual([[5200000, false, '$5.2 million']]);
  });
});
