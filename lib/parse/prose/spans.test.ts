import { describe, expect, it } from 'vitest';
import { readTableLines } from '../tables/rows';
import { splitLines } from '../text/lines';
import { proseSpans } from './spans';

const paragraphs = (text: string) => proseSpans(readTableLines(splitLines(text), [])).map((s) => text.slice(s.start, s.end));

describe('proseSpans', () => {
  it('keeps a paragraph pasted right under a date line, with no blank line between', () => {
    const story = 'Orbis Marine reported quarterly revenue of $41.2 million, up from $38.0 million a year before, as its ferry orders grew.';
    expect(paragraphs(`Jan. 9, 2024\n${story}`)).toEqual([story]);
  });

  it('parts a headline from the story pasted right under it, and keeps a wrapped sentence whole', () => {
    const story = 'Ridgeway, Ohio, May 2, 2024 -- Orbis Marine Corp. (NASDAQ: ORBM) today said it sold its ferry unit.';
    expect(paragraphs(`ORBIS MARINE SELLS FERRY UNIT\n${story}`)).toEqual(['ORBIS MARINE SELLS FERRY UNIT', story]);
    expect(paragraphs(`Orbis Marine Sells Ferry Unit to\nHalden Lines\n${story}`)).toEqual(['Orbis Marine Sells Ferry Unit to\nHalden Lines', story]);
    const wrapped = 'Orbis Marine said its ferry unit was sold to Halden Lines of\nBergen for $40 million in cash, as it had planned.';
    expect(paragraphs(wrapped)).toEqual([wrapped]);
  });

  it('leaves out a table of fixed-width rows and the labels among them', () => {
    expect(paragraphs('Net sales:\n  Domestic        $ 1,234    $ 1,100\n  Export              310        290\n\nThat is all.')).toEqual(['That is all.']);
  });
});
