import { COUNT, MONTH } from '../lexicon/calendar';
import { CHANGE_COLUMN_HEAD } from '../lexicon/metrics';
import { parseCellNumber } from '../numbers';
import { captionScale } from '../tables/scale';

/*
 * A table run into one line, as a newswire's text copy gives it: "Three Months Ended June 30, 2031
 * 2030 Net sales $ 12,345 $ 11,000 Gross profit 4,345 3,500 …". Such a line is cut back into the
 * cells it was made of, one per line (each run of words a label, each figure a cell), so the
 * one-cell-per-line reader rebuilds its rows as it does for a browser's copy.
 */

// What stands in a cell of its own beside a figure: "$", "(", ")", "%".
const GLUE = /^[$()%]$/;
const DIGIT = /\d/;
const MONTH_WORD = new RegExp(String.raw`^${MONTH}$`, 'i');
const DAY = /^\d{1,2},?$/;
const YEAR_TOKEN = /^(?:19|20)\d{2}$/;
// Words in brackets among the title words: a caption ("(in thousands, except per share data)") is a cell of its own.
const BRACKETED = /\([^()]*\)/g;
const UNAUDITED = /^\(unaudited\)$/i;
// A section's heading ends in a colon: "Earnings per share: Diluted" is a section and a row.
const SECTION_END = /(?<=:)\s+/;
// Where a column header starts among the words before it: "… OPERATIONS Three Months Ended June 30,".
const HEADER_START = new RegExp(String.raw`\b(?:${COUNT}[-\s]+(?:months|weeks)|(?:fiscal\s+)?(?:quarter|year)s?\s+ended|fiscal\s+(?:19|20)\d{2})\b`, 'i');

// A line is a run-on table when at least this many labels are each followed by two or more figures.
const MIN_ROWS = 3;
// Shorter lines are a row or a sentence, never a whole table.
const MIN_CHARS = 120;

type Token = { text: string; start: number };
type Run = { words: boolean; tokens: Token[] };

function isFigure(token: string, previous: string | undefined): boolean {
  // "%" closes the figure before it; after a word or a year it heads a column: "2022 % Change".
  if (token === '%') return previous !== undefined && DIGIT.test(previous) && !YEAR_TOKEN.test(previous);
  if (!GLUE.test(token) && parseCellNumber(token) === null) return false;
  // "June 30," is a date's day, part of the header's words.
  return !(previous !== undefined && MONTH_WORD.test(previous) && DAY.test(token));
}

// A bracketed figure spaced apart inside its brackets: "(1% )", "( 1,200 )".
const SPACED_BRACKETS = /\(\s*(\$?)\s*([\d.,]+%?)\s*\)/g;
const TOKEN = /\S+/g;

// Years joined by "and" ("June 30, 2031 and 2030") are a title's words, never two columns' heads.
const YEARS_JOINED = /\b(?:19|20)\d{2}\s+(?:and|&)\s+(?:19|20)\d{2}\b/gi;

/** Where in the line years joined by "and" stand: their tokens are words. */
function joinedYears(line: string): [number, number][] {
  if (!/\d{4}\s+(?:and|&)\s+\d/i.test(line)) return [];
  return [...line.matchAll(YEARS_JOINED)].map((m) => [m.index, m.index + m[0].length]);
}

/** The line's tokens in runs: words, figures, words, … */
function runsOf(line: string): Run[] {
  const runs: Run[] = [];
  const joined = joinedYears(line);
  let previous: string | undefined;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(line); m; m = TOKEN.exec(line)) {
    const at = m.index;
    const words = joined.some(([from, to]) => from <= at && at < to) || !isFigure(m[0], previous);
    const last = runs[runs.length - 1];
    const token = { text: m[0], start: m.index };
    if (last && last.words === words) last.tokens.push(token);
    else runs.push({ words, tokens: [token] });
    previous = m[0];
  }
  return runs;
}

function textOf(run: Run): string {
  return run.tokens.map((t) => t.text).join(' ');
}

// Two figures side by side ("12,345 $ 11,000", "(1,200) 950"): a quick test before a line is cut into
// tokens. Tried only where a figure starts, and its digits taken whole (a lookahead's capture gives
// nothing back), so a run of a million digits is read once, not once per digit. The second
// figure is only looked at, so it can start the next pair.
const FIGURE_PAIR = /(?<![\d,.])(?=(\d[\d,.]*))\1\)?%?(?=\s+[$(]*\s*\d)/g;

function hasFigurePairs(line: string): boolean {
  FIGURE_PAIR.lastIndex = 0;
  for (let n = 0; FIGURE_PAIR.exec(line); n++) if (n + 1 >= MIN_ROWS) return true;
  return false;
}

/** The runs of words that are a row's label: followed by two or more figures. */
function rowStarts(runs: Run[]): number[] {
  const rows: number[] = [];
  for (let i = 0; i + 1 < runs.length; i++) {
    if (runs[i]!.words && runs[i + 1]!.tokens.filter((t) => DIGIT.test(t.text)).length >= 2) rows.push(i);
  }
  return rows;
}

// Where a sentence ends: prose before a table run into the same line stays prose.
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“(]?[A-Z])/g;
// A run of more words than a row's label, or one holding a sentence's end, is prose after the table.
const MAX_LABEL_WORDS = 16;

function afterLastSentence(text: string): number {
  let at = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) at = m.index + m[0].length;
  return at;
}

// A sentence's end inside a run of words, or at its end.
const HOLDS_SENTENCE_END = /[.!?]["”’)]?(?:\s+["“(]?[A-Z]|$)/;

function isProse(run: Run): boolean {
  return run.words && (run.tokens.length > MAX_LABEL_WORDS || HOLDS_SENTENCE_END.test(textOf(run)));
}

/**
 * A line cut into the prose it holds and the cells of each table run into it: the sentences before
 * a table's first row stay one line, as do those after its last.
 */
function unrollLine(line: string): string[] {
  const runs = runsOf(line);
  const rows = rowStarts(runs);
  const out: string[] = [];
  let cursor = 0; // where the text not yet given out starts
  let r = 0; // the next row start to read
  while (rows.length - r >= MIN_ROWS) {
    // The table ends with the figures of its last row before prose breaks in, and starts after
    // the last sentence before its first figures.
    let last = r;
    while (last + 1 < rows.length && !runs.slice(rows[last]! + 2, rows[last + 1]! + 1).some(isProse)) last++;
    if (last - r + 1 < MIN_ROWS) {
      r = last + 1;
      continue;
    }
    // Each stretch of text is read for sentences once: the text since the last table cut.
    const from = cursor + afterLastSentence(line.slice(cursor, runs[rows[r]! + 1]!.tokens[0]!.start));
    const figures = runs[rows[last]! + 1]!.tokens.at(-1)!;
    const to = figures.start + figures.text.length;
    if (from > cursor) out.push(line.slice(cursor, from).trim());
    for (const cell of cellsOf(runsOf(line.slice(from, to)))) out.push(cell); // no spread: a table may hold 100,000 cells
    cursor = to;
    r = last + 1;
  }
  // A line no table was cut from is kept as laid out: a fixed-width row keeps its columns.
  if (cursor === 0) return [line];
  if (line.slice(cursor).trim() !== '') out.push(line.slice(cursor).trim());
  return out;
}

const HEADER_STARTS = new RegExp(HEADER_START.source, 'gi');
// "Three and Six Months Ended": a length joined to the one before it is one header, not two.
const JOINED_BEFORE = /\b(?:and|&|or|to)\s*$/i;

// Column dates after a length or another date: "Six Months Ended | July 27, | July 28,".
const COLUMN_DATES = new RegExp(String.raw`\b${MONTH}\.?\s+\d{1,2},`, 'gi');
const DATE_OPENS_AFTER = /(?:\bended|\bending|\b\d{1,2},)\s*$/i;

/** Words cut where each column header starts: "… OPERATIONS | Three Months Ended June 30,", "Three Months | Six Months". */
function atHeaderStarts(cell: string): string[] {
  const lengths = [...cell.matchAll(HEADER_STARTS)].map((m) => m.index).filter((at) => at > 0 && !JOINED_BEFORE.test(cell.slice(0, at)));
  // Dates one per column: two or more in a row ("Ended June 30," alone dates the header it ends).
  const all = [...cell.matchAll(COLUMN_DATES)].map((m) => m.index);
  const dates = all.length < 2 ? [] : all.filter((at) => at > 0 && DATE_OPENS_AFTER.test(cell.slice(0, at)));
  const cuts = [...new Set([...lengths, ...dates])].sort((a, b) => a - b);
  return [0, ...cuts].map((from, k) => cell.slice(from, cuts[k] ?? cell.length));
}

/** A run of words as cells: the title's words, each caption, the column header and each section apart. */
function labelCells(words: string): string[] {
  const cells: string[] = [];
  let from = 0;
  for (const m of words.matchAll(BRACKETED)) {
    if (captionScale(m[0]) === null && !UNAUDITED.test(m[0])) continue;
    cells.push(words.slice(from, m.index), m[0]);
    from = m.index + m[0].length;
  }
  cells.push(words.slice(from));
  return cells
    .flatMap(atHeaderStarts)
    .flatMap((cell) => cell.split(SECTION_END))
    .flatMap((cell) => {
      const head = CHANGE_COLUMN_HEAD.exec(cell);
      return head ? [head[0], cell.slice(head[0].length)] : [cell];
    })
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

// Header cells come before the first rows: only the first few runs of words can be one.
const HEADER_RUNS = 8;

/**
 * The cells of a run-on table. A header cell repeated over each column ("2031 % of sales 2030 %
 * of sales Net sales …") parts the second telling from the first row's label after it.
 */
function cellsOf(runs: Run[]): string[] {
  const header: string[] = [];
  return runs.flatMap((run, i) => {
    if (!run.words) return run.tokens.map((t) => t.text);
    const words = textOf(run);
    const repeated = header.find((h) => words.startsWith(`${h} `));
    const cells = repeated ? [repeated, ...labelCells(words.slice(repeated.length + 1))] : labelCells(words);
    if (i < HEADER_RUNS) header.push(...cells);
    return cells;
  });
}

/** The text with each table run into one line cut into its cells, one per line. */
export function unrollRunOnTables(text: string): string {
  const lines = text.split('\n');
  if (!lines.some((line) => line.length >= MIN_CHARS)) return text;
  return lines.flatMap((line) => (line.length < MIN_CHARS || !hasFigurePairs(line) ? [line] : unrollLine(line.replace(SPACED_BRACKETS, '($1$2)')))).join('\n');
}
