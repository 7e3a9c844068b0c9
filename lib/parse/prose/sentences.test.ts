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

  it('cuts text that never ends a sentence (a table, a garbled file) at line breaks, 3,000 characters at most', () => {
    const line = 'Net sales 1,234 5,678 9,012 3,456\n'; // 34 characters, no full stop
    const text = line.repeat(300);
    const sentences = splitSentences(text);
    expect(sentences.every((s) => s.end - s.start <= 3000 && s.text.endsWith('3,456'))).toBe(true);
    expect(sentences.map((s) => s.text).join('\n')).toBe(text.trim());
  });

  it('cuts a single run-on line with no line break at 3,000 characters', () => {
    const sentences = splitSentences('1 '.repeat(4000));
    expect(sentences.map((s) => s.end - s.start)).toEqual([2999, 2999, 1999]); // each piece less its trailing space
  });
});
