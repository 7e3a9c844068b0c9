import { maxOf } from '@/lib/arrays';
import type { CustomerShare, Period } from '@/lib/domain/release';
import { CUSTOMER_TABLE, TABLE_BASES, TABLE_CAPTION as ANCHOR } from '../lexicon/customers';
import { MONTH, YEAR } from '../lexicon/calendar';
import { findDates, lengthsIn, monthsIn } from '../periods';
import { readColumnPeriod } from '../periods/column';
import { findDefinitions, readEntities } from './entities';
import { matchesOf } from '../text/regex';

type Cell = { text: string; start: number; end: number; percent: number | null };
type Row = { label: Cell; values: Cell[] };

// A caption sentence, not a header cell: it ends like one, or runs long with the small words of prose.
const SENTENCE = /[.:]\s*$|^(?=.{80,}$)(?=(?:.*\b(?:the|of|for|and|to|in|from|each|that|with)\b){3})/i;
const PERCENT_CELL = /(\d{1,3}(?:\.\d+)?)\s*%/g;
const MAX_CELLS = 260;
const BOUND_AFTER = /^\s*or\s+(?:more|greater|higher)\b/i;
// A caption starting the next table ends this one's rows.
const NEXT_TABLE = /^(?:the\s+)?following\b|^table\b/i;
// How far after its caption a table of customers is read.
const REGION_CHARS = 6000;
const YEARS = new RegExp(String.raw`\b${YEAR}\b`, 'g');
const GLUED = /([a-z)])([A-Z])/g;
const MONTH_DAY = new RegExp(String.raw`${MONTH}\s+\d{1,2}\b`, 'i');

/** Cells of a stretch of text: lines and "|" cut it, and every "N %" is a cell of its own. */
function cellsOf(text: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  for (const m of matchesOf(/[^\n|]+/g, text)) {
    const piece = m[0];
    let last = 0;
    const push = (from: number, to: number, percent: number | null) => {
      const raw = piece.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) cells.push({ text: trimmed, start: offset + m.index + from + lead, end: offset + m.index + from + lead + trimmed.length, percent });
    };
    // A sentence ("… accounted for at least 10% of net sales …") is one cell, its percent included.
    // A short line ending in a stop is a sentence too ("Our five largest customers accounted for 61% of sales.").
    const trimmed = piece.trim();
    const words = trimmed.split(/\s+/).length;
    const prose = (trimmed.length > 80 && words >= 8) || (trimmed.endsWith('.') && words >= 6);
    // "Customers representing 10% or more of net revenue:": a bound in a caption, not a share.
    const shares = prose ? [] : matchesOf(PERCENT_CELL, piece).filter((p) => !BOUND_AFTER.test(piece.slice(p.index + p[0].length)));
    for (const p of shares) {
      push(last, p.index, null);
      push(p.index, p.index + p[0].length, Number(p[1]));
      last = p.index + p[0].length;
    }
    push(last, piece.length, null);
  }
  // "54.4" then "%" in the next cell: one figure.
  const merged: Cell[] = [];
  for (const cell of cells) {
    const previous = merged[merged.length - 1];
    if (cell.text === '%' && previous && /^\d{1,3}(?:\.\d+)?$/.test(previous.text)) {
      merged[merged.length - 1] = { ...previous, end: cell.end, percent: Number(previous.text) };
    } else merged.push(cell);
  }
  return merged;
}

/** Label cells each followed by their percentages; everything before the first is the header. */
function rowsOf(cells: Cell[]): { header: Cell[]; rows: Row[]; end: number } {
  const rows: Row[] = [];
  let header: Cell[] = [];
  let i = 0;
  for (; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell.percent !== null) continue;
    const values: Cell[] = [];
    let k = i + 1;
    while (k < cells.length && (cells[k]!.percent !== null || /^[\s$—–-]*$/.test(cells[k]!.text) || /^\$?[\d,]+$/.test(cells[k]!.text))) {
      if (cells[k]!.percent !== null) values.push(cells[k]!);
      k++;
    }
    if (values.length === 0) {
      if (rows.length > 0 && (cell.text.length > 140 || NEXT_TABLE.test(cell.text))) break; // prose or another table after the table
      // The header is what follows the last sentence before the rows (the caption says too much).
      if (rows.length === 0) header = SENTENCE.test(cell.text) ? [] : [...header, cell];
      continue;
    }
    rows.push({ label: cell, values });
    i = k - 1;
  }
  return { header, rows, end: i };
}

function spread<T>(items: T[], count: number): (T | null)[] {
  if (items.length === count) return items;
  if (items.length > 0 && count % items.length === 0) return Array.from({ length: count }, (_, i) => items[Math.floor(i / (count / items.length))]!);
  return Array(count).fill(items[0] ?? null);
}

/**
 * Each column's header lines: the group above it ("Three Months Ended"), the month and day
 * ("August 31,"), and its own year or date. Groups and month-days spread evenly over the columns
 * their years or dates make, as header cells do in a flattened table.
 */
function columnHeaders(header: Cell[]): string[][] {
  const groups: string[] = [];
  const monthDays: string[] = [];
  const own: string[][] = [];
  for (const raw of header) {
    // Words copied without spaces ("Months EndedSix Months") part where a capital follows a small letter.
    const cell = { ...raw, text: raw.text.replace(GLUED, '$1 $2') };
    const dates = findDates(cell.text);
    const years = matchesOf(YEARS, cell.text).filter((y) => !dates.some((d) => d.start <= y.index && y.index < d.end));
    if (dates.length === 0 && years.length === 0) {
      // "Three Months EndedSix Months Ended": one cell may carry several groups.
      const lengths = lengthsIn(cell.text);
      if (lengths.length > 1) groups.push(...lengths.map((months) => `${months} months ended`));
      else if (monthsIn(cell.text) !== null) groups.push(cell.text);
      else if (MONTH_DAY.test(cell.text)) monthDays.push(cell.text);
      continue;
    }
    let from = 0;
    for (const d of dates) {
      own.push([cell.text.slice(from, d.start), cell.text.slice(d.start, d.end)]);
      from = d.end;
    }
    for (const y of years) own.push([y[0]]);
  }
  const groupOf = spread(groups, own.length);
  const dayOf = spread(monthDays, own.length);
  return own.map((lines, i) => [groupOf[i] ?? '', dayOf[i] ?? '', ...lines]);
}

/** The base the caption names last before the rows: "… as a percentage of total revenue for each of the years ended:". */
function captionBasis(caption: string): string | null {
  // The last one named wins; where two end together ("net sales", "sales"), the more specific, listed first.
  let best: { at: number; basis: string } | null = null;
  for (const [pattern, basis] of TABLE_BASES) {
    for (const m of matchesOf(new RegExp(pattern.source, 'gi'), caption)) {
      if (!best || m.index + m[0].length > best.at) best = { at: m.index + m[0].length, basis };
    }
  }
  return best?.basis ?? null;
}

/** Each column's period and base, read from the header cells above the rows (and the caption). */
function columnsOf(header: Cell[], caption: string, count: number, fiscalYearEnd: [number, number] | null): { period: Period | null; basis: string | null }[] {
  const basisCells = header.map((c) => TABLE_BASES.find(([p]) => p.test(c.text))?.[1]).filter((b): b is string => b !== undefined);
  const fallbackBasis = captionBasis(caption);
  const perColumnBases =
    basisCells.length >= count
      ? spread(basisCells.slice(-count), count)
      : basisCells.length > 1 && count % basisCells.length === 0
        ? Array.from({ length: count }, (_, i) => basisCells[i % basisCells.length]!)
        : null;
  // Each column read as a metrics table's column is: the one period reader, years alone taking twelve months.
  const headers = spread(columnHeaders(header), count);
  return Array.from({ length: count }, (_, i) => {
    const basis = perColumnBases?.[i] ?? basisCells[0] ?? fallbackBasis;
    const period = headers[i] ? readColumnPeriod(headers[i]!, { months: 12, monthDay: null, fiscalYearEnd }) : null;
    return { period: period && basis === 'receivables' ? { end: period.end, months: 0 } : period, basis };
  });
}

// A caption's line starts at most this far before its anchor; a longer "line" is not a table.
const CAPTION_CHARS = 600;

/** Where the anchor's line starts, looking back no further than CAPTION_CHARS (so a huge line stays cheap). */
function lineStart(text: string, index: number): number {
  const from = Math.max(0, index - CAPTION_CHARS);
  const newline = text.slice(from, index).lastIndexOf('\n');
  return newline === -1 ? from : from + newline + 1;
}

function nextAnchor(anchors: RegExp, text: string, from: number): RegExpExecArray | null {
  anchors.lastIndex = from;
  return anchors.exec(text);
}

/**
 * Tables of customers' shares ("% of Consolidated Net Sales" by customer and period), including
 * tables flattened to one cell per line. Each row is a customer; each column a period and a base.
 */
export function extractCustomerTables(text: string, definitions: Map<string, string> = findDefinitions(text), fiscalYearEnd: [number, number] | null = null): CustomerShare[] {
  const shares: CustomerShare[] = [];
  let from = 0;
  const anchors = new RegExp(ANCHOR.source, 'gi');
  for (let anchor = nextAnchor(anchors, text, from); anchor; anchor = nextAnchor(anchors, text, from)) {
    const captionStart = lineStart(text, anchor.index);
    const cells = cellsOf(text.slice(captionStart, captionStart + REGION_CHARS), captionStart).slice(0, MAX_CELLS);
    const { header, rows, end } = rowsOf(cells);
    // Always move past the anchor, and past the rows read, so the scan ends.
    const afterAnchor = anchor.index + anchor[0].length;
    from = Math.max(afterAnchor, rows.length > 0 ? (cells[end - 1]?.end ?? afterAnchor) : afterAnchor);
    if (rows.length === 0) continue;
    // Only tables about customers: "% of Revenues" in an income statement is a revenue mix.
    const about = text.slice(Math.max(0, captionStart - 400), rows[0]!.label.start);
    if (!CUSTOMER_TABLE.test(about)) continue;
    const count = maxOf(rows.map((r) => r.values.length));
    const columns = columnsOf(header, about, count, fiscalYearEnd);
    for (const row of rows) {
      const entity = readEntities(row.label.text.replace(/\((?:and\s+affiliates|\d)\)/gi, ' '), row.label.start, definitions, false)[0];
      if (!entity || row.values.length !== count) continue;
      row.values.forEach((value, i) => {
        const { period, basis } = columns[i]!;
        if (!basis) return;
        shares.push({
          customer: entity.name,
          aliases: entity.aliases,
          share: value.percent!,
          basis,
          period,
          source: { start: row.label.start, end: value.end },
          rule: 'customers/table',
        });
      });
    }
  }
  return shares;
}
