import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('keeps "Inc." and "Co." inside a sentence and splits at a real full stop', () => {
    const text = 'Halvern, Pike and Co. (NYSE: HPC) today posted net income of $71 million. Last year was weaker.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Halvern, Pike and Co. (NYSE: HPC) today posted net income of $71 million.',
      'Last year was weaker.',
    ]);
  });

  it('ends a sentence at a paragraph break and gives offsets into the text', () => {
    const text = 'Gross profit rose\n\nOperating income fell.';
    expect(splitSentences(text)).toEqual([
      { start: 0, end: 17, text: 'Gross profit rose' },
      { start: 19, end: 41, text: 'Operating income fell.' },
    ]);
  });

  it('reads a list copied from a page, one item a line, as one sentence an item', () => {
    const text = 'Opened a plant in Reno\nSigned Corvel Foods as a customer\nHired a chief financial officer';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Opened a plant in Reno', 'Signed Corvel Foods as a customer', 'Hired a chief financial officer']);
  });

  it('keeps prose whose wrapped lines open with capitals whole when its lines run on', () => {
    const text = 'Sales to the Tennessee Valley Authority rose 9% in the\nThird quarter, and Ohio Edison signed a supply contract with\nHarlow for two years.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([text]);
  });

  it('keeps prose whose wrapped lines open with capitals whole when its lines fill a width', () => {
    const text = 'Harlow Cable said its largest customer remained Tennessee Valley\nAuthority, whose orders grew for a third year, while Ohio Edison\nCut back.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([text]);
  });

  it('does not split inside a figure like $3.68', () => {
    expect(splitSentences('Net income was $3.68 per share. Revenue fell.')).toHaveLength(2);
  });

  it('cuts text that never ends a sentence (a table, a garbled file) at line breaks, 3,000 characters at most', () => {
    const line = 'Net sales 4,321 8,765 2,109 6,543\n'; // 34 characters, no full stop
    const text = line.repeat(300);
    const sentences = splitSentences(text);
    expect(sentences.every((s) => s.end - s.start <= 3000 && s.text.endsWith('6,543'))).toBe(true);
    expect(sentences.map((s) => s.text).join('\n')).toBe(text.trim());
  });

  it('cuts a single run-on line with no line break at 3,000 characters', () => {
    const sentences = splitSentences('1 '.repeat(4000));
    expect(sentences.map((s) => s.end - s.start)).toEqual([2999, 2999, 1999]); // each piece less its trailing space
  });
});
