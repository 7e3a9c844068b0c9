import { describe, expect, it } from 'vitest';
import { findMoney } from './money';

const values = (text: string) => findMoney(text).map((m) => [m.value, m.perShare, text.slice(m.start, m.end)]);

describe('findMoney', () => {
  it('reads full dollar amounts and their exact text', () => {
    expect(values('consolidated net sales of $61,482,305, an increase of $8,214,660,')).toEqual([
      [61482305, false, '$61,482,305'],
      [8214660, false, '$8,214,660'],
    ]);
  });

  it('scales "$63.7 million" and "$2.4 billion"', () => {
    expect(values('net income came to $63.7 million on revenue of $2.4 billion')).toEqual([
      [63700000, false, '$63.7 million'],
      [2400000000, false, '$2.4 billion'],
    ]);
  });

  it('reads "$(0.64)" as negative and marks per-share amounts', () => {
    expect(values('loss per share shrank from $(2.15) to $(0.64) per share')).toEqual([
      [-2.15, false, '$(2.15)'],
      [-0.64, true, '$(0.64)'],
    ]);
  });

  it('reads cents after "per share" as a per-share amount', () => {
    expect(values('Earnings per average common share for fiscal 2031 were 91 cents, and 84 cents in fiscal 2030')).toEqual([
      [0.91, true, '91 cents'],
      [0.84, true, '84 cents'],
    ]);
  });

  it('marks "$.06 earnings per share" as a per-share amount', () => {
    expect(values('net income was $3,259,747 or $.06 earnings per share')).toEqual([
      [3259747, false, '$3,259,747'],
      [0.06, true, '$.06'],
    ]);
  });

  it('reads "38 cents a share" as $0.38 per share and ignores other cents', () => {
    expect(values('or 38 cents a share, and 52 cents per pound')).toEqual([[0.38, true, '38 cents']]);
  });

  it('keeps a bracket that closes an aside out of the amount', () => {
    expect(values('(including $7.9 million) in charges')).toEqual([[7900000, false, '$7.9 million']]);
  });

  it('marks both ends of a range, and not the two amounts of a change "from $X to $Y"', () => {
    const ranges = (text: string) => findMoney(text).map((m) => [text.slice(m.start, m.end), m.range]);
    expect(ranges('sales of $410 - $425 million and earnings of $1.10 to $1.15 per share')).toEqual([
      ['$410', true],
      ['$425 million', true],
      ['$1.10', true],
      ['$1.15', true],
    ]);
    expect(ranges('sales grew from $410 million to $425 million')).toEqual([
      ['$410 million', false],
      ['$425 million', false],
    ]);
  });
});
