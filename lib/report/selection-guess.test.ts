import { describe, expect, it } from 'vitest';
import type { Source } from '@/lib/domain/release';
import { guessFact, type GuessContext } from './selection-guess';

const context: GuessContext = { periods: [{ end: '2009-06-30', months: 3 }], releaseDate: '2009-07-20', metrics: [] };

function selecting(text: string, words: string): Source {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
}

describe('guessFact', () => {
  it('reads a figure, the metric named before it in its line and the main period', () => {
    const text = 'Quarterly net revenues rose to $812,400 from $700,000.';
    expect(guessFact(text, selecting(text, '$812,400'), context)).toEqual({
      kind: 'metric', metric: 'revenue', value: '812,400', scale: '1', periodEnd: '2009-06-30', periodMonths: 3,
    });
  });

  it('takes a scale word written after the figure', () => {
    const text = 'Operating income was $4.2 million in the quarter.';
    expect(guessFact(text, selecting(text, '$4.2 million'), context)).toEqual({
      kind: 'metric', metric: 'operating_income', value: '4.2', scale: '1000000', periodEnd: '2009-06-30', periodMonths: 3,
    });
  });

  it('takes a table’s scale from a figure the parser read in the same row', () => {
    const text = 'Net loss        (1,250)      (980)\n';
    const read = selecting(text, '(980)');
    const guess = guessFact(text, selecting(text, '(1,250)'), { ...context, metrics: [{ value: -980_000, sources: [read] }] });
    expect(guess).toEqual({ kind: 'metric', metric: 'net_income', value: '(1,250)', scale: '1000', periodEnd: '2009-06-30', periodMonths: 3 });
  });

  it('reads a percent as a customer’s share, and words without a figure as an event on the release date', () => {
    const text = 'The largest distributor took 31.5% of revenue. The company opened a plant.';
    expect(guessFact(text, selecting(text, '31.5%'), context)).toEqual({ kind: 'customer', value: '31.5', periodEnd: '2009-06-30', periodMonths: 3 });
    expect(guessFact(text, selecting(text, 'opened a plant'), context)).toEqual({ kind: 'event', date: '2009-07-20' });
  });

  it('looks above a figure alone in its line (a browser’s copy of a table), not past words in its own line', () => {
    const cells = 'Revenue\n$\n15,000\n$\n12,000\n';
    expect(guessFact(cells, selecting(cells, '12,000'), context).metric).toBe('revenue');
    const prose = 'Net income fell.\nThe backlog stood at $15,000.';
    expect(guessFact(prose, selecting(prose, '$15,000'), { ...context, periods: [] })).toEqual({ kind: 'metric', metric: undefined, value: '15,000', scale: '1', periodEnd: undefined, periodMonths: undefined });
  });
});
