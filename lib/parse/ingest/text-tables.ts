import { maxOf, pushAll } from '@/lib/arrays';
import { COLUMN_HEADER, FISCAL, YEAR } from '../lexicon/calendar';
import { CHANGE_COLUMN } from '../lexicon/metrics';
import { parseCellNumber, type CellNumber } from '../numbers';
import { monthsIn } from '../periods/lengths';
import { segmentIn } from '../tables/column-words';
import { captionScale } from '../tables/scale';
import { JOINS_NEXT, type GridCell, type GridRow } from './html-to-text';
import { unrollRunOnTables } from './run-on-rows';

/*
 * Tables that reach us as text cut into cells: a browser copy (cells apart by tabs, or one cell per
 * line), a markdown pipe table. Their rows are rebuilt from the stream of cells: a row is a label
 * followed by its figures. The header block above the first row is read into header cells over
 * the money columns (each reaching to the next, so the percent columns beside a year are that
 * year's), so the grid reader downstream reads these tables as it reads HTML ones. Fixed-width text (old EDGAR, PDF-to-text) never gets here: a line holding a label
 * and its figures is one cell, not a row.
 */

/** One cell of the stream: its text, the lines it starts and ends on, and what it reads as. */
type Piece = { text: string; line: number; lastLine: number; number: CellNumber | null; year: boolean; cell: boolean; opensRow: boolean };
type Row = { label: Piece; figures: Piece[] };
/** Rows of one table under one header block, and the text pieces above them. */
type Block = { header: Piece[]; sections: Piece[][]; rows: Row[] };

// ")" and "%" close the figure before them ("$", "(" open the next, as in HTML tables). Narrower
// than an HTML table's: a lone "*" in a pasted cell is a placeholder of its own ("not meaningful").
const JOINS_PREVIOUS = /^(?:\)|%|\)%|%\))$/;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^[\s|:\-]+$/;
const FOOTNOTE = /^\([1-9]\)$/;
const BARE_YEAR = new RegExp(String.raw`^${YEAR}$`);
// A piece longer than this is prose: it ends a table. A line of its own (no tab or pipe around it)
// is prose sooner: wrapped paragraphs of fixed-width text run 60 to 80 characters a line.
const MAX_CELL = 100;
const MAX_LINE = 60;
// Text pieces that may sit between two rows of one table: sections, a second header block.
const MAX_GAP = 30;

function cellsOfLine(line: string): string[] {
  if (PIPE_ROW.test(line)) return PIPE_RULE.test(line) ? [] : line.trim().slice(1, -1).split('|');
  return line.includes('\t') ? line.split('\t') : [line];
}

function piece(text: string, line: number, lastLine: number, cell: boolean, opensRow = false): Piece {
  return { text, line, lastLine, number: parseCellNumber(text), year: BARE_YEAR.test(text), cell, opensRow };
}

const BLANK = /^[\s\u00a0]*$/;

/**
 * A page's number under a table of tab-parted cells: a number of one to three digits alone between
 * blank lines, after a line of cells. It ends the table; it is no figure of its last row.
 */
function isPageNumber(lines: string[], index: number): boolean {
  if (!/^[\s\u00a0]*\d{1,3}[\s\u00a0]*$/.test(lines[index]!) || !BLANK.test(lines[index - 1] ?? '') || !BLANK.test(lines[index + 1] ?? '')) return false;
  for (let i = index - 2; i >= 0; i--) if (!BLANK.test(lines[i]!)) return lines[i]!.includes('\t');
  return false;
}

/** Every non-empty cell in text order, with lone "$", "(", ")" and "%" glued to their figure. */
function piecesOf(lines: string[]): Piece[] {
  const out: Piece[] = [];
  let carry = '';
  let carryLine: number | null = null;
  lines.forEach((line, index) => {
    if (isPageNumber(lines, index)) return;
    const cells = cellsOfLine(line);
    // A row of cells whose first cell is empty ("\t85,588\t83,150"): a total row without a label.
    let first = cells.length > 1 && cells[0]!.replace(/[\s\u00a0]+/g, '') === '';
    for (const raw of cells) {
      const text = raw.replace(/[\s\u00a0]+/g, ' ').trim();
      // A lone "|" on a line of its own parts cells as a lone tab does; "(1)" marks a footnote.
      if (text === '' || /^\|+$/.test(text) || FOOTNOTE.test(text)) continue;
      const previous = out[out.length - 1];
      if (JOINS_NEXT.test(text)) {
        carry += text;
        carryLine ??= index;
      }
      else if (JOINS_PREVIOUS.test(text) && previous && carry === '') out[out.length - 1] = piece(previous.text + text, previous.line, index, previous.cell);
      else {
        out.push(piece(carry + text, carryLine ?? index, index, cells.length > 1, first));
        carryLine = null;
        first = false;
        carry = '';
      }
    }
  });
  return out;
}

/** A figure of a data row: a number, a dash or a percent; a bare year is a header's, not a row's. */
function isFigure(p: Piece): boolean {
  return p.number !== null && !p.year;
}

function isProse(p: Piece): boolean {
  return p.text.length > (p.cell ? MAX_CELL : MAX_LINE);
}

/** Splits the stream into rows (a label and the figures after it) and the text between them. */
function readRows(pieces: Piece[]): { rows: Row[]; gaps: Piece[][] } {
  const rows: Row[] = [];
  const gaps: Piece[][] = [[]];
  const figuresFrom = (from: number) => {
    let k = from;
    // Figures run on until a row of cells that starts with an empty cell: that is a row of its own.
    while (k < pieces.length && isFigure(pieces[k]!) && (k === from || !pieces[k]!.opensRow)) k++;
    return k;
  };
  for (let i = 0; i < pieces.length; i++) {
    const label = pieces[i]!;
    if (label.opensRow && isFigure(label) && rows.length > 0) {
      const k = figuresFrom(i);
      rows.push({ label: { ...label, text: '', number: null }, figures: pieces.slice(i, k) });
      gaps.push([]);
      i = k - 1;
      continue;
    }
    const k = figuresFrom(i + 1);
    if (label.number === null && k > i + 1 && label.text.length <= MAX_CELL) {
      rows.push({ label, figures: pieces.slice(i + 1, k) });
      gaps.push([]);
      i = k - 1;
    } else gaps[gaps.length - 1]!.push(label);
  }
  return { rows, gaps };
}

function namesPeriod(p: Piece): boolean {
  return p.year || (p.number === null && p.text.length <= MAX_LINE && COLUMN_HEADER.test(p.text));
}

const YEARS = new RegExp(String.raw`\b${YEAR}\b`, 'g');

/** A title over the table, not a column's header: it names periods among other words, or two years ("… Ended June 30, 2011 and 2010"). */
function titlesTable(p: Piece): boolean {
  return segmentIn(p.text) !== null || (p.text.match(YEARS)?.length ?? 0) >= 2;
}

// A short piece between the words of a header block is a column's caption ("% of", "Revenues").
const MAX_CAPTION = 30;

/**
 * A gap's pieces: the header block, ending at the last piece that names a period and reaching up
 * through periods, short captions and a caption of units ("(in thousands)"), and the pieces after
 * it: the first row's sections, with the caption of units, which the table reader takes its scale
 * from. The pieces before the header block are titles.
 */
function splitGap(gap: Piece[]): { header: Piece[]; after: Piece[] } {
  // A title ("Fiscal 2026 Summary") heads no column, even with no header below it.
  const last = gap.findLastIndex((p) => namesPeriod(p) && !titlesTable(p));
  if (last < 0) return { header: [], after: gap };
  let first = last;
  while (first > 0) {
    const p = gap[first - 1]!;
    // A title ("Acme Reports First-Quarter 2022 Results", "Six Months Ended June 30, 2022 and 2021") ends the block.
    const header = namesPeriod(p) ? !titlesTable(p) : captionScale(p.text) !== null || p.text.length <= MAX_CAPTION;
    if (!header) break;
    first--;
  }
  const top = first;
  while (!namesPeriod(gap[first]!)) first++;
  // Captions of change and percent columns ("% of sales", "% Change") may close the block.
  let end = last + 1;
  while (end < gap.length && gap[end]!.text.length <= MAX_CAPTION && CHANGE_COLUMN.test(gap[end]!.text)) end++;
  const block = gap.slice(first, end);
  // The caption of units, in the block or in the first cell of its line ("(Millions of dollars) | 2030 | 2031"),
  // which the block's rows replace: lines above it stay text.
  const sameLine = gap.slice(top, first).filter((p) => p.line === gap[first]!.line);
  const units = [...sameLine, ...block].filter((p) => !namesPeriod(p) && captionScale(p.text) !== null);
  return { header: block.filter((p) => !units.includes(p)), after: [...units, ...gap.slice(end)] };
}

/** The text since the last long piece, at most MAX_GAP pieces; `broken` when that cut anything. */
function tailOf(gap: Piece[]): { tail: Piece[]; broken: boolean } {
  const tail = gap.slice(gap.findLastIndex(isProse) + 1).slice(-MAX_GAP);
  return { tail, broken: tail.length < gap.length };
}

/** Groups the rows into tables: prose or a long gap ends one; a new header block starts one. */
function blocksOf(rows: Row[], gaps: Piece[][]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  rows.forEach((row, i) => {
    const { tail, broken } = tailOf(gaps[i]!);
    const { header, after } = splitGap(tail);
    if (!current || broken || header.length > 0) {
      // Titles above a header block stay lines of text: the table reader takes its caption from them.
      current = { header, sections: [after], rows: [] };
      blocks.push(current);
    } else current.sections.push(tail);
    current.rows.push(row);
  });
  return blocks.filter(isTable).map(splitRunOnRows);
}

/** Enough rows to be a table: three, or two of two figures or more; a lone figure under a paragraph is a page number. */
function isTable(block: Block): boolean {
  const wide = block.rows.filter((r) => r.figures.length >= 2).length;
  return block.rows.length >= 3 || wide >= 2 || (wide >= 1 && block.header.length > 0);
}

/**
 * The figure columns that hold money (not percents), read off the rows that fill every column
 * (else off all rows, right-aligned: a row that lacks figures most often lacks the first ones).
 */
function moneyColumns(rows: Row[]): { width: number; money: number[] } {
  const width = maxOf(rows.map((r) => r.figures.length), 0);
  const full = rows.filter((r) => r.figures.length === width);
  const percent = new Array<number>(width).fill(0);
  const filled = new Array<number>(width).fill(0);
  for (const row of full.length > 0 ? full : rows) {
    row.figures.forEach((f, j) => {
      const col = width - row.figures.length + j;
      if (f.number?.value === null) return;
      filled[col]!++;
      if (f.number?.percent) percent[col]!++;
    });
  }
  const money = filled.map((n, col) => (n > 0 && percent[col]! * 2 < n ? col : -1)).filter((c) => c >= 0);
  // A table of percents only (customers' shares of sales): every filled column holds values.
  return { width, money: money.length > 0 ? money : filled.map((n, col) => (n > 0 ? col : -1)).filter((c) => c >= 0) };
}

/** Whether a figure may stand in a column: percents in percent columns, amounts in money columns, dashes anywhere. */
function fits(figure: Piece, isMoney: boolean): boolean {
  return figure.number?.value === null || Boolean(figure.number?.percent) !== isMoney;
}

/**
 * The columns (0-based among the figure columns) a row's figures sit in. Right-aligned, unless
 * that puts an amount in a percent column: then each figure takes the next column of its kind
 * ("Diluted $1.16 $1.37" under "2022 | % | 2021 | % | % change" sits under the two years).
 */
function placeFigures(figures: Piece[], width: number, money: Set<number>): number[] {
  const right = figures.map((_, j) => width - figures.length + j);
  if (right.every((col, j) => fits(figures[j]!, money.has(col)))) return right;
  const typed: number[] = [];
  let col = 0;
  for (const figure of figures) {
    while (col < width && !fits(figure, money.has(col))) col++;
    if (col >= width) return right;
    typed.push(col++);
  }
  return typed;
}

/** Texts spread over `count` columns in order, each over an equal run; null when they do not divide. */
function spread(texts: string[], count: number): (string | null)[] | null {
  if (texts.length === 0 || count % texts.length !== 0) return null;
  const run = count / texts.length;
  return Array.from({ length: count }, (_, i) => texts[Math.floor(i / run)]!);
}

/** One text per column from the left, the rest bare: "2022 | 2021" over "2022 | 2021 | $ Change". */
function fromLeft(texts: string[], count: number): (string | null)[] | null {
  if (texts.length === 0 || texts.length > count) return null;
  return Array.from({ length: count }, (_, i) => texts[i] ?? null);
}

/**
 * Texts over runs of columns, a run wherever the columns start again at the first column's period:
 * a quarter's head over "Jan 26, 2031 | Oct 27, 2030 | Jan 28, 2030" and a year's over "Jan 26,
 * 2031 | Jan 28, 2030". Null unless there is one run per text.
 */
function byRestarts(texts: string[], columns: string[]): string[] | null {
  const starts = columns.flatMap((key, i) => (i === 0 || key === columns[0] ? [i] : []));
  if (texts.length < 2 || starts.length !== texts.length) return null;
  return columns.map((_, i) => texts[starts.filter((start) => start <= i).length - 1]!);
}

// What a column's own header (the bottom level) names: a year, a date ("6/30/97"), a fiscal year ("Q1 FY25").
const NAMES_COLUMN = new RegExp(String.raw`\b${YEAR}\b|\b\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4})\b|\b${FISCAL}\s*'?(?:${YEAR}|\d{2})\b`, 'i');

/**
 * The header block read into levels of one text per money column: pieces naming a year, a date or a fiscal year
 * (one per column, in order) at the bottom, lengths ("Three Months Ended") spread over the columns above,
 * other period words ("May 31,") likewise. Change captions ("% Change") head no money column.
 */
function headerLevels(header: Piece[], columns: number): (string | null)[][] {
  const periods = header.filter((p) => namesPeriod(p) && !CHANGE_COLUMN.test(p.text));
  const leaves = periods.filter((p) => NAMES_COLUMN.test(p.text)).map((p) => p.text);
  const rest = periods.filter((p) => !NAMES_COLUMN.test(p.text));
  const bottom = spread(leaves, columns) ?? fromLeft(leaves, columns);
  if (!bottom) return [];
  const under = bottom.filter((t) => t !== null).length;
  const above = (texts: string[]) => spread(texts, columns) ?? spread(texts, under);
  const others = above(rest.filter((p) => monthsIn(p.text) === null).map((p) => p.text));
  // Each column's whole period ("January 26," over "2031"), to see where a run of columns starts again.
  const periodOf = bottom.map((leaf, i) => `${others?.[i] ?? ''} ${leaf ?? ''}`);
  const lengthTexts = rest.filter((p) => monthsIn(p.text) !== null).map((p) => p.text);
  const lengths = above(lengthTexts) ?? byRestarts(lengthTexts, periodOf);
  return [lengths, others, bottom].filter((level): level is (string | null)[] => level !== null && level.length > 0);
}

function gridRow(table: number, cells: GridCell[]): GridRow {
  return { table, line: cells.map((c) => c.text).join(' | '), cells };
}

/**
 * A header level as grid cells: each text from its money column up to the next one's (the percent
 * columns beside a year are that year's), a run of one text as one cell, so that every figure of a
 * row sits under some header cell, as it does in the page's own table.
 */
function levelCells(level: (string | null)[], money: number[], width: number): GridCell[] {
  const cells: GridCell[] = [];
  level.forEach((text, i) => {
    if (i > 0 && text !== null && level[i - 1] === text) return;
    cells.push({ text: text ?? '', col: money[i]! + 1, span: 1 });
  });
  cells.forEach((cell, k) => (cell.span = (cells[k + 1]?.col ?? width + 1) - cell.col));
  return cells.filter((c) => c.text !== '');
}

/** The count of figures most rows of a block have. */
function usualWidth(rows: Row[]): number {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.figures.length, (counts.get(row.figures.length) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}

/**
 * A block with its rows of two or three times the usual count of figures split: one cell per line
 * loses the row break before a total without a label ("General and administrative", then the
 * total's figures run on after its own).
 */
function splitRunOnRows(block: Block): Block {
  const width = usualWidth(block.rows);
  if (width < 2) return block;
  const rows: Row[] = [];
  const sections: Piece[][] = [];
  block.rows.forEach((row, r) => {
    const times = row.figures.length / width;
    // Rows of tab-parted cells keep their line breaks: only one cell per line loses them.
    const parts = !row.label.cell && Number.isInteger(times) && times >= 2 && times <= 3 ? times : 1;
    for (let k = 0; k < parts; k++) {
      const figures = parts === 1 ? row.figures : row.figures.slice(k * width, (k + 1) * width);
      rows.push({ label: k === 0 ? row.label : { ...row.label, text: '' }, figures });
      sections.push(k === 0 ? (block.sections[r] ?? []) : []);
    }
  });
  return { ...block, rows, sections };
}

/**
 * A header of one text per column, periods among other heads ("First Quarter 2030 | Sales Volume |
 * Currency | First Quarter 2031 | % Change"): each its own column's, in order. Null for a header
 * of levels, or of periods only.
 */
function oneHeadPerColumn(header: Piece[], width: number): GridCell[] | null {
  const heads = header.filter((p) => captionScale(p.text) === null);
  if (width < 3 || heads.length !== width || !heads.some(namesPeriod) || heads.every(namesPeriod)) return null;
  return heads.map((p, j) => ({ text: p.text, col: j + 1, span: 1 }));
}

/** The grid rows of one block: header rows over the money columns, then sections and data rows. */
function blockRows(block: Block, table: number): GridRow[] {
  const { width, money } = moneyColumns(block.rows);
  const moneySet = new Set(money);
  const ownHeads = oneHeadPerColumn(block.header, width);
  const out = ownHeads ? [gridRow(table, ownHeads)] : headerLevels(block.header, money.length).map((level) => gridRow(table, levelCells(level, money, width)));
  block.rows.forEach((row, r) => {
    for (const section of block.sections[r] ?? []) out.push(gridRow(table, [{ text: section.text, col: 0, span: 1 }]));
    const cols = placeFigures(row.figures, width, moneySet);
    out.push(gridRow(table, [{ text: row.label.text, col: 0, span: 1 }, ...row.figures.map((f, j) => ({ text: f.text, col: cols[j]! + 1, span: 1 }))]));
  });
  return out;
}

// Only text with lines of tabs, pipe rows or lines holding one figure can hold a table cut into
// cells, and a table has three such lines at least (page numbers are lone figures too).
const CELL_LINE = /\t|^\s*\|.*\|\s*$|^[ \u00a0]*\$?\(?\d[\d,]*(?:\.\d+)?\)?%?[ \u00a0]*$/gm;
const MIN_CELL_LINES = 3;

function mayHoldCells(text: string): boolean {
  CELL_LINE.lastIndex = 0;
  for (let n = 0; CELL_LINE.exec(text); n++) {
    if (n + 1 >= MIN_CELL_LINES) return true;
    CELL_LINE.lastIndex = text.indexOf('\n', CELL_LINE.lastIndex) + 1 || text.length;
  }
  return false;
}

export type TextTables = { text: string; grid: GridRow[] };

/**
 * Rebuilds the tables of text cut into cells as grid rows: the lines they spanned are replaced by
 * one line per row (cells joined by " | ", as HTML tables render). Other lines are kept as they are.
 */
export function readTextTables(pasted: string): TextTables {
  const text = unrollRunOnTables(pasted);
  if (!mayHoldCells(text)) return { text, grid: [] };
  const lines = text.split('\n');
  const pieces = piecesOf(lines);
  const { rows, gaps } = readRows(pieces);
  const blocks = blocksOf(rows, gaps);
  if (blocks.length === 0) return { text, grid: [] };
  const out: string[] = [];
  const grid: GridRow[] = [];
  let next = 0;
  blocks.forEach((block, table) => {
    const first = block.header[0]?.line ?? block.sections[0]?.[0]?.line ?? block.rows[0]!.label.line;
    const lastRow = block.rows[block.rows.length - 1]!;
    const last = (lastRow.figures[lastRow.figures.length - 1] ?? lastRow.label).lastLine;
    if (first < next) return;
    pushAll(out, lines.slice(next, first)).push('');
    const rebuilt = blockRows(block, table);
    pushAll(grid, rebuilt);
    pushAll(out, rebuilt.map((r) => r.line)).push('');
    next = last + 1;
  });
  pushAll(out, lines.slice(next));
  return { text: out.join('\n'), grid };
}
