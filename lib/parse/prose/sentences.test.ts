import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('keeps "Inc." and "Co." inside a sentence and splits at a real full stop', () => {
    const text = 'Sears, Roebuck and Co. (NYSE: S) today reported net income of $53 million. The prior year differs.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Sears, Roebuck and Co. (NYSE: S) today reported net income of $53 million.',
      'The prior year differs.',
    ]);
  });

  it('ends a sentence at a paragraph break and gives offsets into the text', () => {
    const text = 'Net sales rose\n\nPre-tax income fell.';
    expect(splitSentences(text)).toEqual([
      { start: 0, end: 14, text: 'Net sales rose' },
      { start: 16, end: 36, text: 'Pre-tax income fell.' },
    ]);
  });

  it('does not split inside a figure like $4.27', () => {
    expect(splitSentences('Net income was $4.27 per share. Sales rose.')).toHaveLength(2);
  });
});
