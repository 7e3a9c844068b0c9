import type { CustomerShare, Period } from '@/lib/domain/release';
import { MONTH, monthNumber } from '../lexicon/calendar';
import { daysInMonth, findDates, isoDate, monthsIn, validDate } from '../periods';
import { findDefinitions, readEntities } from './entities';

type Cell = { text: string; start: number; end: number; percent: number | null };
type Row = { label: Cell; values: Cell[] };

// A line that introduces a table of customers' shares.
const ANCHOR = /%\s+of\s+(?:consolidated\s+)?(?:gross\s+|net\s+)?(?:sales|revenues?|accounts\s+receivable)|percentage\s+of\s+(?:the\s+company['’]s\s+)?(?:gross\s+|net\s+)?(?:sales|revenues?|accounts\s+receivable)|revenue\s+concentration|principal\s+clients|significant\s+customers|major\s+customers|following\s+(?:table\s+)?(?:sets\s+forth|shows|presents)[^.]{0,120}(?:customers?|distributors?|clients?)/i;
// A caption sentence, not a header cell: it ends like one, or runs long with the small words of prose.
const SENTENCE = /[.:]\s*$|^(?=.{80,}$)(?=(?:.*\b(?:the|of|for|and|to|in|from|each|that|with)\b){3})/i;
const CUSTOMER_TABLE = /customers?|clients?|distributors?|wholesalers?|payors?/i;
const PERCENT_CELL = /(\d{1,3}(?:\.\d+)?)\s*%/g;
const MAX_CELLS = 260;
// How far after its caption a table of customers is read.
const REGION_CHARS = 6000;
const BASES: [RegExp, string][] = [
  [/gross\s+accounts\s+receivable|accounts\s+receivable|receivables?/i, 'receivables'],
  [/gross\s+sales/i, 'gross sales'],
  [/net\s+revenues?/i, 'net revenue'],
  [/net\s+sales/i, 'net sales'],
  [/revenues?/i, 'revenue'],
  [/sales/i, 'sales'],
];

/** Cells of a stretch of text: lines and "|" cut it, and every "N %" is a cell of its own. */
function cellsOf(text: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  for (const m of text.matchAll(/[^\n|]+/g)) {
    const piece = m[0];
    let last = 0;
    const push = (from: number, to: number, percent: number | null) => {
      const raw = piece.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) cells.push({ text: trimmed, start: offset + m.index + from + lead, end: offset + m.index + from + lead + trimmed.length, percent });
    };
    // A sentence ("… accounted for at least 10% of net sales …") is one cell, its percent included.
    const prose = piece.trim().length > 80 && piece.trim().split(/\s+/).length >= 8;
    for (const p of prose ? [] : piece.matchAll(PERCENT_CELL)) {
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
      if (rows.length > 0 && cell.text.length > 140) break; // prose after the table
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

/** Period ends in header order: "August 31, | 2011 | February 28, | 2011", full dates, or bare years. */
function endsOf(header: Cell[]): string[] {
  const ends: string[] = [];
  let monthDay: [number, number] = [12, 31];
  for (const cell of header) {
    const full = findDates(cell.text);
    if (full.length > 0) {
      ends.push(...full.map((d) => d.iso));
      monthDay = [full[full.length - 1]!.month, full[full.length - 1]!.day];
      continue;
    }
    const md = new RegExp(String.raw`(${MONTH})\s+(\d{1,2})\b`, 'i').exec(cell.text);
    if (md) monthDay = [monthNumber(md[1]!), Number(md[2])];
    for (const y of cell.text.matchAll(/\b((?:19|20)\d{2})\b/g)) {
      const year = Number(y[1]);
      ends.push(validDate(year, monthDay[0], monthDay[1]) ?? isoDate(year, monthDay[0], daysInMonth(year, monthDay[0])));
    }
  }
  return ends;
}

/** The base the caption names last before the rows: "… as a percentage of total revenue for each of the years ended:". */
function captionBasis(caption: string): string | null {
  let best: { at: number; basis: string } | null = null;
  for (const [pattern, basis] of BASES) {
    for (const m of caption.matchAll(new RegExp(pattern.source, 'gi'))) {
      if (!best || m.index > best.at) best = { at: m.index, basis };
    }
  }
  return best?.basis ?? null;
}

/** Each column's period and base, read from the header cells above the rows (and the caption). */
function columnsOf(header: Cell[], caption: string, count: number): { period: Period | null; basis: string | null }[] {
  const text = header.map((c) => c.text).join(' | ');
  const lengths = [...text.matchAll(/\b(?:three|six|nine|twelve|\d{1,2})[-\s]+months?|\bquarter|\bfiscal\s+year|\byear\b/gi)].map((m) => monthsIn(m[0]) ?? 12);
  const basisCells = header.map((c) => BASES.find(([p]) => p.test(c.text))?.[1]).filter((b): b is string => b !== undefined);
  const fallbackBasis = captionBasis(caption);
  const perColumnBases =
    basisCells.length >= count
      ? spread(basisCells.slice(-count), count)
      : basisCells.length > 1 && count % basisCells.length === 0
        ? Array.from({ length: count }, (_, i) => basisCells[i % basisCells.length]!)
        : null;
  const endOf = spread(endsOf(header), count);
  const lengthOf = spread(lengths.length ? lengths : [12], count);
  return Array.from({ length: count }, (_, i) => {
    const basis = perColumnBases?.[i] ?? basisCells[0] ?? fallbackBasis;
    const end = endOf[i];
    const months = basis === 'receivables' ? 0 : (lengthOf[i] ?? 12);
    return { period: end ? { end, months } : null, basis };
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
export function extractCustomerTables(text: string, definitions: Map<string, string> = findDefinitions(text)): CustomerShare[] {
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
    const count = Math.max(...rows.map((r) => r.values.length));
    const columns = columnsOf(header, about, count);
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
