import type { Source } from '@/lib/domain/release';

/** A run of the release text: prose (or fixed-width text) as it is, or a table's rows of cells. */
export type TextBlock =
  | (Source & { kind: 'text' })
  | (Source & { kind: 'table'; rows: (Source & { cells: Source[] })[] });

// How the text of an HTML table's row is written (lib/parse/ingest/html-to-text.ts): cells joined by " | ".
const CELL_SEPARATOR = ' | ';

/** The cells of one line of a table: their offsets, the separators between them left out. */
function cellsOf(text: string, start: number, end: number): Source[] {
  const cells: Source[] = [];
  let from = start;
  for (let at = text.indexOf(CELL_SEPARATOR, from); at !== -1 && at < end; at = text.indexOf(CELL_SEPARATOR, from)) {
    cells.push({ start: from, end: at });
    from = at + CELL_SEPARATOR.length;
  }
  cells.push({ start: from, end });
  return cells;
}

/**
 * The text cut into blocks: consecutive lines written as table rows ("Revenue | $68,127 | $57,006")
 * make a table block, everything else text blocks. The blocks cover the text once, in order.
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let textStart = 0;
  let table: Extract<TextBlock, { kind: 'table' }> | null = null;
  const closeText = (at: number) => {
    if (at > textStart) blocks.push({ kind: 'text', start: textStart, end: at });
  };
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length : newline + 1;
    const row = text.slice(lineStart, lineEnd).includes(CELL_SEPARATOR);
    if (row) {
      if (!table) {
        closeText(lineStart);
        table = { kind: 'table', start: lineStart, end: next, rows: [] };
        blocks.push(table);
      }
      table.rows.push({ start: lineStart, end: next, cells: cellsOf(text, lineStart, lineEnd) });
      table.end = next;
      textStart = next;
    } else table = null;
    lineStart = next;
  }
  closeText(text.length);
  return blocks;
}
