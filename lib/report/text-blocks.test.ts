import { describe, expect, it } from 'vitest';
import { textBlocks } from './text-blocks';

describe('textBlocks', () => {
  it('makes consecutive table lines one table of cells, the text around it text blocks, covering the text once', () => {
    const text = 'Results\nItem | 2031 | 2030\nSales | $12 | $10\n\nMore words.';
    const blocks = textBlocks(text);
    expect(blocks).toEqual([
      { kind: 'text', start: 0, end: 8 },
      {
        kind: 'table', start: 8, end: 45,
        rows: [
          { start: 8, end: 27, cells: [{ start: 8, end: 12 }, { start: 15, end: 19 }, { start: 22, end: 26 }] },
          { start: 27, end: 45, cells: [{ start: 27, end: 32 }, { start: 35, end: 38 }, { start: 41, end: 44 }] },
        ],
      },
      { kind: 'text', start: 45, end: 57 },
    ]);
    const cell = (b: number, r: number, c: number) => {
      const block = blocks[b]!;
      const source = block.kind === 'table' ? block.rows[r]!.cells[c]! : block;
      return text.slice(source.start, source.end);
    };
    expect([cell(1, 0, 0), cell(1, 0, 2), cell(1, 1, 1), cell(1, 1, 2), cell(2, 0, 0)]).toEqual(['Item', '2030', '$12', '$10', '\nMore words.']);
  });

  it('reads a text with no table as one block, and a table at the very end without a final newline', () => {
    expect(textBlocks('Just prose.\nMore.')).toEqual([{ kind: 'text', start: 0, end: 17 }]);
    expect(textBlocks('Intro\nA | B')).toEqual([
      { kind: 'text', start: 0, end: 6 },
      { kind: 'table', start: 6, end: 11, rows: [{ start: 6, end: 11, cells: [{ start: 6, end: 7 }, { start: 10, end: 11 }] }] },
    ]);
    expect(textBlocks('')).toEqual([]);
  });
});
