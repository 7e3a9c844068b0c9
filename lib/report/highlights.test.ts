import { describe, expect, it } from 'vitest';
import { correctRelease } from './corrected-release';
import { highlightsOf, highlightTree, highlightTrees, type Highlight } from './highlights';
import { parseSample } from './seed.test-helper';

const fact = (anchor: string) => ({ anchor, label: anchor, kind: 'metric' as const });
const h = (start: number, end: number, anchor: string): Highlight => ({ start, end, facts: [fact(anchor)] });

describe('highlightTree', () => {
  it('nests a figure inside its sentence and keeps every character once', () => {
    const text = 'Net sales were $49.0 million. Done.';
    const tree = highlightTree(text, [h(15, 28, 'figure'), h(0, 29, 'sentence')]);
    expect(tree).toEqual([
      {
        ...h(0, 29, 'sentence'),
        pieces: ['Net sales were ', { ...h(15, 28, 'figure'), pieces: ['$49.0 million'] }, '.'],
      },
      ' Done.',
    ]);
  });

  it('cuts a highlight that crosses its parent at the parent’s end', () => {
    const tree = highlightTree('abcdefghij', [h(0, 5, 'a'), h(3, 8, 'b')]);
    expect(tree).toEqual([{ ...h(0, 5, 'a'), pieces: ['abc', { ...h(3, 5, 'b'), pieces: ['de'] }] }, 'fghij']);
  });

  it('gives each block of the text its own tree; a highlight over two blocks is in both, continued in the second', () => {
    const text = 'ab|cd|ef';
    const trees = highlightTrees(text, [h(1, 4, 'across'), h(6, 8, 'last')], [{ start: 0, end: 3 }, { start: 3, end: 6 }, { start: 6, end: 8 }]);
    expect(trees).toEqual([
      ['a', { ...h(1, 4, 'across'), pieces: ['b|'] }],
      [{ ...h(1, 4, 'across'), continued: true, pieces: ['c'] }, 'd|'],
      [{ ...h(6, 8, 'last'), pieces: ['ef'] }],
    ]);
  });

  it('returns the text alone when nothing is highlighted, and nothing for empty text', () => {
    expect(highlightTree('plain', [])).toEqual(['plain']);
    expect(highlightTree('', [])).toEqual([]);
  });
});

describe('highlightsOf the sample release', () => {
  const release = correctRelease(parseSample(), []);
  const highlights = highlightsOf(release);
  const at = (words: string) => highlights.filter((x) => release.text.slice(x.start, x.end) === words);

  it('highlights "$49,023,417" as 2004 revenue, linked to the revenue row', () => {
    const revenue = release.metrics.find((m) => m.metric === 'revenue' && m.period.end === '2004-12-31')!;
    expect(at('$49,023,417')).toEqual([
      expect.objectContaining({ facts: [{ anchor: expect.stringMatching(/^fact-metric/), label: 'Revenue · Year to Dec 31, 2004 · $49.0M', kind: 'metric' }] }),
    ]);
    expect(at('$49,023,417')[0]!.facts[0]!.anchor).toContain(String(revenue.source.start));
  });

  it('highlights the customer sentence and the stated change, and never a derived figure', () => {
    const customers = highlights.filter((x) => x.facts.some((f) => f.kind === 'customer'));
    expect(customers.flatMap((x) => x.facts.map((f) => f.label))).toEqual([
      'United States Postal Service: 53.9% of consolidated net sales · Year to Dec 31, 2004',
      'United States Postal Service: 52.7% of consolidated net sales · Year to Dec 31, 2003',
    ]);
    expect(at('24.9%')[0]?.facts[0]?.kind).toBe('check');
    expect(highlights.every((x) => !x.facts.some((f) => f.label.includes('(derived)')))).toBe(true);
  });
});
