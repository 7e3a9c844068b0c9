import type { GridRow } from '../ingest';
import { COUNT, MONTH } from '../lexicon/calendar';
import { CHANGE_CELL_DIRECTION, CHANGE_CELL_POINTS } from '../lexicon/metrics';
import { matchesOf } from '../text/regex';
import { segmentIn } from './column-words';
import { captionScale } from './scale';
import { parseCellNumber, type CellNumber } from '../numbers';
import type { Line } from '../text/lines';
import { endsInFunctionWord } from '../text/words';

/** A piece of a line with its place: text offsets, and x (character column, or grid column for HTML). */
export type Chunk = { text: string; start: number; end: number; x0: number; x1: number };
export type ValueCell = Chunk & { number: CellNumber };

export type TableLineKind = 'blank' | 'rule' | 'data' | 'years' | 'label' | 'prose';

/** A line of the release seen as a possible table row. */
export type TableLine = {
  line: Line;
  kind: TableLineKind;
  /** HTML table the line came from (null for plain text, where x is a character column). */
  table: number | null;
  /** Text before the figures, without dot leaders; the whole text for label and prose lines. */
  label: Chunk | null;
  values: ValueCell[];
  /** The line cut at wide gaps (text) or cells (HTML): what header matching works with. */
  chunks: Chunk[];
};

const YEAR = /^(?:19|20)\d{2}$/;
const YEAR_IN = /\b(?:19|20)\d{2}\b/;
// A row's label one space from its dollar figures is a few words: a sentence ending in two sums is prose.
const MAX_ROW_LABEL_WORDS = 8;
// A quick test before a line is cut into header units: two column headers name two years or two ends.
const HEADER_WORD = /\b(?:(?:19|20)\d{2}|ended|ending)\b/gi;

function twoHeaderWords(text: string): boolean {
  HEADER_WORD.lastIndex = 0;
  return HEADER_WORD.exec(text) !== null && HEADER_WORD.exec(text) !== null;
}
const RULE = /^[\s\-=_–—*|]+$/;
// Two or more dots (or ". . .") lead from a label to its figures.
const LEADER = /\.{2,}|(?:\. ){2,}\.?/g;
const LABEL_END = /[\s.:]/;

/** Text without trailing whitespace, dots and colons (a loop: the regex would retry at every space). */
function trimLabelEnd(text: string): string {
  let end = text.length;
  while (end > 0 && LABEL_END.test(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

function blankLeaders(text: string): string {
  return text.replace(LEADER, (dots) => ' '.repeat(dots.length));
}

const AFTER_FIGURE = /[\d%)]\s+$/;
// The quick test: most lines hold none of these words.
const CHANGE_WORD = /\b(?:up|down|pts?|bps)\b/i;

/**
 * "Up 17%", "Down 0.5 pts" in a row of figures are change columns' figures: their words blanked,
 * columns kept. A direction only after another figure, points only right after their figure. (The
 * patterns start at their words and look back by hand: a lookbehind first is tried at every
 * character of every line.)
 */
function blankChangeWords(text: string): string {
  if (!CHANGE_WORD.test(text)) return text;
  return text
    .replace(CHANGE_CELL_DIRECTION, (words, at: number) => (AFTER_FIGURE.test(text.slice(Math.max(0, at - 12), at)) ? ' '.repeat(words.length) : words))
    .replace(CHANGE_CELL_POINTS, (words, at: number, all: string) => (/[\d)]/.test(all[at - 1] ?? '') ? ' '.repeat(words.length) : words));
}

/** Tokens separated by spaces, with "$" and "(" glued to the next token and ")" or "%" to the previous. */
const NON_SPACE = /\S+/g;
const OPENERS = /^[$(]+$/;
const CLOSERS = /^(?:\)|%|\)%)$/;

function tokens(text: string, offset: number): Chunk[] {
  const out: Chunk[] = [];
  NON_SPACE.lastIndex = 0;
  for (let m = NON_SPACE.exec(text); m; m = NON_SPACE.exec(text)) {
    const t: Chunk = { text: m[0], start: offset + m.index, end: offset + m.index + m[0].length, x0: m.index, x1: m.index + m[0].length };
    const previous = out[out.length - 1];
    if (previous && OPENERS.test(previous.text)) {
      Object.assign(previous, { text: previous.text + t.text, end: t.end, x1: t.x1 });
    } else if (previous && CLOSERS.test(t.text)) {
      Object.assign(previous, { text: previous.text + t.text, end: t.end, x1: t.x1 });
    } else out.push(t);
  }
  return out;
}

const CHUNK = /\S+(?: \S+)*/g;

// Where a header line from PDF text runs two column headers together with one space:
// "September 30, Nine Months Ended", "1997 1996", "January 26, January 28,". A unit of a header
// ends in a year, a date, a day and its comma, or "Ended"; the next starts with a year, a date, a
// month, a period word or a change.
const HEADER_UNIT_END = /^(?:(?:19|20)\d{2}[,:]?|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}[,:]|ended|ending)$/i;
const PERIOD_START = new RegExp(String.raw`^(?:${COUNT}|quarters?|years?|fiscal|first|second|third|fourth|q[1-4])\b`, 'i');
const HEADER_UNIT_START = new RegExp(String.raw`^(?:change|%|percent|increase|decrease|variance|(?:19|20)\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|${MONTH})`, 'i');
const BARE_YEAR = /^(?:19|20)\d{2}$/;
const CHANGE_START = /^(?:change|%|percent|increase|decrease|variance)/i;
const MONTH_START = new RegExp(String.raw`^${MONTH}`, 'i');

/** Whether a header line may be cut between two words: one header unit ends, the next begins. */
function headerBreak(left: string, right: string): boolean {
  if (!HEADER_UNIT_END.test(left) || !(HEADER_UNIT_START.test(right) || PERIOD_START.test(right))) return false;
  // "Ended September 30", "1997 and", "30, 1997" stay whole: a date runs on after "Ended" and its day.
  if (/^end(?:ed|ing)$/i.test(left) && !PERIOD_START.test(right)) return false;
  if (BARE_YEAR.test(left) && !BARE_YEAR.test(right) && !PERIOD_START.test(right) && !CHANGE_START.test(right) && !MONTH_START.test(right)) return false;
  return !(/^\d{1,2},$/.test(left) && /^\d/.test(right));
}

/** A chunk cut where one column header ends and the next begins; whole when a piece would name a segment. */
function splitHeaderChunk(chunk: Chunk): Chunk[] {
  const words = matchesOf(NON_SPACE, chunk.text);
  if (words.length < 2) return [chunk];
  const out: Chunk[] = [];
  let from = 0;
  const piece = (a: number, b: number): Chunk => ({ text: chunk.text.slice(a, b), start: chunk.start + a, end: chunk.start + b, x0: chunk.x0 + a, x1: chunk.x0 + b });
  for (let k = 1; k < words.length; k++) {
    if (!headerBreak(words[k - 1]![0], words[k]![0])) continue;
    out.push(piece(words[from]!.index, words[k - 1]!.index + words[k - 1]![0].length));
    from = k;
  }
  if (from === 0) return [chunk];
  out.push(piece(words[from]!.index, chunk.text.length));
  return out.some((p) => segmentIn(p.text) !== null) ? [chunk] : out;
}

/** The line cut at gaps of two or more spaces; `working` is the line with dot leaders blanked. */
function chunksOf(working: string, offset: number): Chunk[] {
  const out: Chunk[] = [];
  CHUNK.lastIndex = 0;
  for (let m = CHUNK.exec(working); m; m = CHUNK.exec(working)) {
    out.push(...splitHeaderChunk({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length, x0: m.index, x1: m.index + m[0].length }));
  }
  return out;
}

/** A plain-text line whose chunks are cut only when a header reading asks for them: most lines are never a header. */
class TextLine implements TableLine {
  table = null;
  private cut: Chunk[] | null = null;

  constructor(
    readonly line: Line,
    readonly kind: TableLineKind,
    readonly label: Chunk | null,
    readonly values: ValueCell[],
    private readonly working: string,
  ) {}

  get chunks(): Chunk[] {
    return (this.cut ??= chunksOf(this.working, this.line.start));
  }
}

function isYearRow(values: ValueCell[]): boolean {
  const real = values.filter((v) => v.number.value !== null);
  return real.length > 0 && real.every((v) => YEAR.test(v.text.replace(/[*]/g, '')));
}

const WORD = /\S+/g;

function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

function kindOf(text: string, label: string, values: ValueCell[], separated: boolean): TableLineKind {
  if (text.trim() === '') return 'blank';
  if (RULE.test(text)) return 'rule';
  if (values.length > 0) {
    const words = countWords(label);
    // Years under a label of a few words, or under the table's caption of units ("($ in billions) | 2022 | 2021").
    if (isYearRow(values) && (words <= 6 || captionScale(label) !== null)) return 'years';
    const looksTabular = separated && !endsInFunctionWord(label) && (values.length >= 2 || words <= 12);
    if (values.some((v) => v.number.value !== null) && (label === '' || looksTabular)) return 'data';
  }
  // Wide gaps inside a line are columns; justified prose has gaps of two or three spaces at most.
  if (text.trim().length <= 55 || text.trimEnd().endsWith(':') || /\S {4,}\S/.test(text)) return 'label';
  return values.length === 0 && headersRunTogether(text) ? 'label' : 'prose';
}

/** Column headers run together with single spaces: "Three Months Ended September 30, Nine Months Ended September 30,". */
function headersRunTogether(text: string): boolean {
  // Four small words in a row are running text: headers are words of periods and dates.
  if (!twoHeaderWords(text) || /[.;]$/.test(text.trim()) || /\b[a-z]+ [a-z]+ [a-z]+ [a-z]+\b/.test(text)) return false;
  return chunksOf(text, 0).filter((c) => PERIOD_START.test(c.text) || YEAR_IN.test(c.text)).length >= 2;
}

// A line's last word that can be no figure nor a figure's placeholder: no digit, no dash, no "n/a".
const NOT_A_FIGURE = /^[^\d\-−–—*]*$/;
const PLACEHOLDER_WORD = /^\$?\(?(?:n\/?a|nm|nil)\)?$/i;

// No table row is this long (the corpus's longest is 224 characters): a line of thousands is running
// text or a hostile file, and cutting it into tokens cost an object per word and figure.
const MAX_ROW_CHARS = 2000;

/**
 * A line with no figure at its end, or longer than any row, is all label: read without cutting it
 * into tokens (most lines are prose).
 */
function labelOnly(line: Line, working: string): TableLine | null {
  const end = working.trimEnd().length;
  const last = working.slice(working.lastIndexOf(' ', end - 1) + 1, end);
  if (end === 0 || (working.length <= MAX_ROW_CHARS && (!NOT_A_FIGURE.test(last) || PLACEHOLDER_WORD.test(last)))) return null;
  const x0 = working.length - working.trimStart().length;
  const label = { text: trimLabelEnd(line.text.slice(x0, end)), start: line.start + x0, end: line.start + end, x0, x1: end };
  return new TextLine(line, working.length > MAX_ROW_CHARS ? 'prose' : kindOf(line.text, label.text, [], true), label, [], working);
}

const FOOTNOTE_MARK = /^[1-9]$/;

/** Reads a plain-text line: a label, then figures at its end. */
function readTextLine(line: Line): TableLine {
  const working = blankChangeWords(blankLeaders(line.text));
  const quick = labelOnly(line, working);
  if (quick) return quick;
  const toks = tokens(working, line.start);
  const values: ValueCell[] = [];
  let i = toks.length - 1;
  for (; i >= 0; i--) {
    const number = parseCellNumber(toks[i]!.text);
    if (!number) break;
    values.push({ ...toks[i]!, text: line.text.slice(toks[i]!.x0, toks[i]!.x1), number });
  }
  values.reverse(); // read right to left; push + reverse, as unshift is quadratic on a long line
  // "Profit 1      $ 1,537": a footnote's digit one space after the label is the label's, not a figure.
  const mark = values[0];
  if (mark && values.length >= 2 && i >= 0 && FOOTNOTE_MARK.test(mark.text) && mark.x0 - toks[i]!.x1 === 1 && values[1]!.x0 - mark.x1 >= 2) {
    values.shift();
    i++;
  }
  const labelTokens = toks.slice(0, i + 1);
  const lastLabel = labelTokens[labelTokens.length - 1];
  const firstValue = values[0];
  // Figures stand apart from their label by a wide gap or dot leaders, or (one space apart) as a
  // run of two or more dollar amounts: "Sales $2,380 $2,058".
  const labelWords = i + 1;
  const dollars = values.length >= 2 && labelWords <= MAX_ROW_LABEL_WORDS && values.every((v) => v.number.dollar || v.number.value === null);
  const separated =
    !lastLabel || !firstValue || firstValue.x0 - lastLabel.x1 >= 2 || dollars || /\.{2,}|(?:\. ){2}/.test(line.text.slice(lastLabel.x1, firstValue.x0));
  const label = labelTokens.length
    ? { text: trimLabelEnd(line.text.slice(labelTokens[0]!.x0, lastLabel!.x1)), start: labelTokens[0]!.start, end: lastLabel!.end, x0: labelTokens[0]!.x0, x1: lastLabel!.x1 }
    : null;
  const kind = kindOf(line.text, label?.text ?? '', values, separated);
  return new TextLine(line, kind, label, kind === 'data' || kind === 'years' ? values : [], working);
}

/** Reads a rendered HTML row: the first cells are the label, number cells after it are figures. */
function readGridLine(line: Line, row: GridRow): TableLine {
  const chunks: Chunk[] = [];
  let offset = line.start;
  for (const cell of row.cells) {
    chunks.push({ text: cell.text, start: offset, end: offset + cell.text.length, x0: cell.col, x1: cell.col + cell.span });
    offset += cell.text.length + 3; // " | "
  }
  const values: ValueCell[] = [];
  let i = chunks.length - 1;
  for (; i >= 0; i--) {
    const number = parseCellNumber(chunks[i]!.text);
    if (!number) break;
    values.push({ ...chunks[i]!, number });
  }
  values.reverse();
  const labelChunks = chunks.slice(0, i + 1);
  const label = labelChunks.length
    ? {
        text: trimLabelEnd(labelChunks.map((c) => c.text).join(' ')),
        start: labelChunks[0]!.start,
        end: labelChunks[labelChunks.length - 1]!.end,
        x0: labelChunks[0]!.x0,
        x1: labelChunks[labelChunks.length - 1]!.x1,
      }
    : null;
  const textKind = kindOf(line.text, label?.text ?? '', values, true);
  // A cell of an HTML table is never running prose, however long its label.
  const kind = textKind === 'prose' ? 'label' : textKind;
  return { line, kind, table: row.table, label, values: kind === 'data' || kind === 'years' ? values : [], chunks };
}

/** Classifies every line, pairing lines rendered from HTML tables with their grid rows. */
export function readTableLines(lines: Line[], grid: GridRow[]): TableLine[] {
  const out: TableLine[] = [];
  let next = 0;
  for (const line of lines) {
    const row = grid[next];
    if (row && row.line === line.text) {
      out.push(readGridLine(line, row));
      next++;
    } else out.push(readTextLine(line));
  }
  return out;
}
