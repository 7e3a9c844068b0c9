import { maxOf, minOf } from '@/lib/arrays';
import { MONTH } from '../lexicon/calendar';
import { monthsIn } from '../periods/lengths';
import type { Chunk, TableLine, ValueCell } from './rows';

const PERIODISH = /\b(?:19|20)\d{2}\b|months?|weeks?|quarter|year|ended|ending|fiscal|\d{1,2}\/\d{1,2}\//i;

// How far (characters) a plain-text header may sit from the figures it names.
const TEXT_SLACK = 2;
const TEXT_REACH = 8;

function center(c: { x0: number; x1: number }): number {
  return (c.x0 + c.x1) / 2;
}

/** The stretch of characters each figure's column owns: up to halfway to its neighbours. */
function columnSpans(values: ValueCell[]): [number, number][] {
  const centers = values.map(center);
  return centers.map((_, i) => [
    i === 0 ? -Infinity : (centers[i - 1]! + centers[i]!) / 2,
    i === centers.length - 1 ? Infinity : (centers[i]! + centers[i + 1]!) / 2,
  ]);
}

/** Header chunks over each figure, matched by position: character columns or grid columns. */
function byPosition(chunks: Chunk[], values: ValueCell[], grid: boolean): string[][] {
  const out: string[][] = values.map(() => []);
  const spans = columnSpans(values);
  for (const chunk of chunks) {
    let hit = false;
    values.forEach((value, i) => {
      const [from, to] = spans[i]!;
      const overlap = Math.min(to, chunk.x1) - Math.max(from, chunk.x0);
      const inside = grid
        ? value.x0 < chunk.x1 && chunk.x0 < value.x1
        : overlap >= Math.min(TEXT_SLACK, (chunk.x1 - chunk.x0) / 2);
      if (inside) {
        out[i]!.push(chunk.text);
        hit = true;
      }
    });
    if (!hit && !grid) {
      const distances = values.map((v) => Math.abs(center(v) - center(chunk)));
      const nearest = distances.indexOf(minOf(distances));
      if (nearest >= 0 && distances[nearest]! <= TEXT_REACH) out[nearest]!.push(chunk.text);
    }
  }
  return out;
}

/** Each figure under the header chunk whose zone (split halfway between chunk centres) holds it; a chunk naming no period heads none. */
function byZone(chunks: Chunk[], values: ValueCell[]): string[][] {
  const centers = chunks.map(center);
  return values.map((value) => {
    const x = center(value);
    let zone = 0;
    for (let j = 1; j < centers.length; j++) if (x >= (centers[j - 1]! + centers[j]!) / 2) zone = j;
    return PERIODISH.test(chunks[zone]!.text) ? [chunks[zone]!.text] : [];
  });
}

/**
 * A plain-text header line over figures, where character columns drift from line to line (text
 * from a PDF): as many chunks as figures match in order; periods over groups of figures spread by
 * count; otherwise each figure takes the zone it falls in. Null where position alone decides.
 */
function byTextLayout(chunks: Chunk[], values: ValueCell[]): string[][] | null {
  if (chunks.length >= 2 && chunks.length === values.length) return byCount(chunks, values);
  if (chunks.length === 0 || chunks.length >= values.length || !chunks.some((c) => PERIODISH.test(c.text))) return null;
  return (chunks.every((c) => PERIODISH.test(c.text)) ? byCount(chunks, values) : null) ?? byZone(chunks, values);
}

/** Header chunks spread over the figures by count: one each, or one per equal group. */
function byCount(chunks: Chunk[], values: ValueCell[]): string[][] | null {
  if (chunks.length === 0) return null;
  if (values.length % chunks.length !== 0) return null;
  const group = values.length / chunks.length;
  return values.map((_, i) => [chunks[Math.floor(i / group)]!.text]);
}

/**
 * The header chunks of a line that can name columns: not the row label at the left edge. A period
 * that starts right of the row's label names a column even when the figures sit further right.
 */
function columnChunks(header: TableLine, values: ValueCell[], labelEnd: number): Chunk[] {
  const firstValue = minOf(values.map((v) => v.x0));
  return header.chunks.filter((c) => header.table !== null || center(c) >= firstValue - TEXT_REACH || (c.x0 > labelEnd + TEXT_SLACK && PERIODISH.test(c.text)));
}

/** The label cell of a grid header row: the cell that ends before the row's first figure. */
function labelCell(header: TableLine, values: ValueCell[]): Chunk | undefined {
  const firstValue = minOf(values.map((v) => v.x0));
  return header.chunks.find((c) => c.x1 <= firstValue);
}

/** The label cell of a grid header row when it names a period's length ("Three Months Ended"), else null. */
function leadingLength(header: TableLine, values: ValueCell[]): string | null {
  const cell = labelCell(header, values);
  return cell && monthsIn(cell.text) !== null && PERIODISH.test(cell.text) ? cell.text : null;
}

const MONTH_DAY_END = new RegExp(String.raw`\b(?:ended|ending)\s+(?:${MONTH})\.?\s+\d{1,2}\b`, 'i');
const MONTH_NAMED = new RegExp(String.raw`\b(?:${MONTH})\b`, 'i');

/**
 * The period end a grid header row's label cell states for the columns beside it: a title cell
 * "Selected Data, Three Months Ended June 30, (Dollars in thousands)" over "1997 | 1996". Null if none.
 */
function leadingEnd(header: TableLine, values: ValueCell[]): string | null {
  const cell = labelCell(header, values);
  return cell ? (MONTH_DAY_END.exec(cell.text)?.[0] ?? null) : null;
}

/** Header chunks without the ones before the first that names a period. */
function dropLeadingCaption(chunks: Chunk[]): Chunk[] {
  const first = chunks.findIndex((c) => PERIODISH.test(c.text));
  return first > 0 ? chunks.slice(first) : chunks;
}

/** The first of several header chunks when it alone names a period's length, else null. */
function firstLength(chunks: Chunk[]): string | null {
  if (chunks.length < 2 || monthsIn(chunks[0]!.text) === null || chunks.slice(1).some((c) => monthsIn(c.text) !== null)) return null;
  return chunks[0]!.text;
}

/** The figure of `wide` a figure of a shorter row sits under: the most overlap, else the nearest centre. */
function columnUnder(value: ValueCell, wide: ValueCell[]): number {
  const overlaps = wide.map((w) => Math.min(w.x1, value.x1) - Math.max(w.x0, value.x0));
  const most = overlaps.indexOf(maxOf(overlaps));
  if (overlaps[most]! > 0) return most;
  const distances = wide.map((w) => Math.abs(center(w) - center(value)));
  return distances.indexOf(minOf(distances));
}

/**
 * Stacks, for each figure of a data row, the header text above it: one entry per header line,
 * top line first. Position decides where it can (same HTML table, or plain text); otherwise the
 * count of header cells.
 */
export function stackHeaders(headers: TableLine[], row: TableLine, widest: TableLine | null = null): string[][] {
  // A plain-text row with fewer figures than the table's widest (per-share rows without the "% of
  // revenues" columns) reads its headers through the widest row's columns, not its own wide spans.
  if (widest && row.table === null && widest.table === null && widest.values.length > row.values.length) {
    const wide = stackHeaders(headers, widest);
    return row.values.map((value) => wide[columnUnder(value, widest.values)] ?? []);
  }
  const stacks: string[][] = row.values.map(() => []);
  for (const header of headers) {
    const samePlane = header.table === row.table;
    const chunks = columnChunks(header, row.values, row.label?.x1 ?? -1);
    const grid = row.table !== null;
    const positioned = samePlane ? byPosition(chunks, row.values, grid) : null;
    const laidOut = !grid && header.table === null ? byTextLayout(chunks, row.values) : null;
    // Character columns are reliable even when a header spans only some figures. An HTML row of
    // period headers ("Three Months Ended | Year Ended") that leaves figures bare has most likely
    // lost its colspans; other headers ("Percent" over a change column) stay where they are.
    const complete = positioned?.every((texts) => texts.length > 0) ?? false;
    const spread = !complete && (!grid || !chunks.every((c) => PERIODISH.test(c.text)));
    // A header row of another table (a page that sets its column heads apart) counts its period
    // cells only: a caption in its first cell ("(Dollars in thousands)") heads no column.
    const counted = samePlane ? chunks : dropLeadingCaption(chunks);
    const assigned = laidOut ?? (positioned && (complete || spread) ? positioned : (byCount(counted, row.values) ?? positioned));
    // "Three Months Ended | Sept. 30, 1997 | Sept. 30, 1996": a length in the row's label cell heads
    // every column the row dates; so does one in the first of a text line's headers ("For the three
    // months ended June 30, 1997   June 30, 1996").
    const lead = grid ? (samePlane ? leadingLength(header, row.values) : null) : firstLength(chunks);
    const end = grid && samePlane ? leadingEnd(header, row.values) : null;
    assigned?.forEach((texts, i) => {
      if (texts.length === 0) return;
      // A column that names its length on this line keeps it; in text, so does one that named it on a line above.
      const own = [...(grid ? [] : stacks[i]!), ...texts].some((t) => monthsIn(t) !== null);
      // So does one whose head names its month ("June 30,") keep its end.
      const dated = texts.some((t) => MONTH_NAMED.test(t));
      stacks[i]!.push([own ? null : lead, dated ? null : end, ...texts].filter(Boolean).join(' '));
    });
  }
  return stacks;
}
