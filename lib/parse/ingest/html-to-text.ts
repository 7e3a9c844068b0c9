import { Parser, type Handler } from 'htmlparser2';
import { expandTabs } from './tabs';
import { TextBuilder, tidyLines } from './text-builder';

/** A cell of a rendered table row: its text and where it sits in its table's grid. */
export type GridCell = { text: string; col: number; span: number };
/** A table row as rendered on one line of text (cells joined by " | "). */
export type GridRow = { table: number; line: string; cells: GridCell[] };

/** An element of the page: its tag, attributes and children (elements and runs of text). */
type Element = { name: string; attribs: Record<string, string>; children: AnyNode[] };
type AnyNode = Element | string;

const isTag = (node: AnyNode): node is Element => typeof node !== 'string';

const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'iframe', 'object', 'embed', 'template', 'svg', 'math',
  'select', 'button', 'map', 'ix:header',
]);
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'dl', 'hr', 'address', 'center', 'form', 'pre']);
const LINES = new Set(['div', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'section', 'article', 'header', 'footer', 'caption']);
const PREFORMATTED = new Set(['pre', 'xmp', 'plaintext', 'listing']);
// Cells holding only these belong to a neighbour: EDGAR tables put "$", ")" and "%" in cells of their own.
export const JOINS_NEXT = /^(?:\$|\(|\$\s*\()$/;
const JOINS_PREVIOUS = /^(?:\)|%|\)%|%\)|\)\*|\*|\)\s*%)$/;
// Beyond this nesting, render plain text only: enough for any real page, bounded for hostile ones.
const MAX_DEPTH = 64;
// A cell this long is prose laid out in a table, not a label or a figure.
const LAYOUT_CELL_CHARS = 400;

function hidden(element: Element): boolean {
  const style = element.attribs.style;
  return element.attribs.hidden !== undefined || (style !== undefined && /display\s*:\s*none/i.test(style));
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (!isTag(child)) continue;
      if (child.name === 'tr') rows.push(child);
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'));
}

function colspan(cell: Element): number {
  const span = Number.parseInt(cell.attribs.colspan ?? '1', 10);
  return Number.isFinite(span) && span > 0 ? Math.min(span, 100) : 1;
}

/** Drops empty cells and glues "$", "(" to the next cell and ")", "%" to the previous one. */
function mergeCells(cells: GridCell[]): GridCell[] {
  const merged: GridCell[] = [];
  let carry = '';
  for (const cell of cells) {
    if (cell.text === '') continue;
    if (JOINS_NEXT.test(cell.text)) {
      carry += cell.text;
    } else if (JOINS_PREVIOUS.test(cell.text) && merged.length > 0 && carry === '') {
      merged[merged.length - 1]!.text += cell.text;
    } else {
      merged.push({ ...cell, text: carry + cell.text });
      carry = '';
    }
  }
  return merged;
}

function findFirst(nodes: AnyNode[], name: string): Element | null {
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (node.name === name) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return null;
}

function textContent(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) parts.push(node);
    else if (!SKIPPED.has(node.name)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return parts.join(' ');
}

class HtmlRenderer {
  readonly grid: GridRow[] = [];
  private tables = 0;

  render(nodes: AnyNode[], out: TextBuilder, depth: number, pre: boolean): void {
    for (const node of nodes) this.renderNode(node, out, depth, pre);
  }

  private renderNode(node: AnyNode, out: TextBuilder, depth: number, pre: boolean): void {
    if (!isTag(node)) {
      if (pre) out.verbatim(expandTabs(node.replace(/\r\n?/g, '\n')));
      else out.inline(node);
      return;
    }
    if (SKIPPED.has(node.name) || hidden(node)) return;
    if (depth > MAX_DEPTH) {
      out.inline(` ${textContent(node)} `);
      return;
    }
    if (node.name === 'table') return this.renderTable(node, out, depth);
    if (node.name === 'br') return out.verbatim('\n');
    const breaks = PARAGRAPHS.has(node.name) ? 2 : LINES.has(node.name) ? 1 : 0;
    if (breaks) out.breakLine(breaks as 1 | 2);
    this.render(node.children, out, depth + 1, pre || PREFORMATTED.has(node.name));
    if (breaks) out.breakLine(breaks as 1 | 2);
  }

  private renderCell(cell: Element, depth: number): string {
    const builder = new TextBuilder();
    this.render(cell.children, builder, depth + 1, false);
    return tidyLines(builder.toString());
  }

  /** A grid of figures becomes one line per row, cells apart; a layout table becomes blocks. */
  private renderTable(table: Element, out: TextBuilder, depth: number): void {
    const rows = rowsOf(table);
    out.breakLine(2);
    if (findFirst(rows.flatMap(cellsOf), 'table') !== null) {
      for (const row of rows) for (const cell of cellsOf(row)) this.renderNode(cell, out, depth + 1, false);
      out.breakLine(2);
      return;
    }
    const tableId = this.tables++;
    for (const row of rows) {
      let col = 0;
      const cells = cellsOf(row).map((cell) => {
        const gridCell = { text: this.renderCell(cell, depth), col, span: colspan(cell) };
        col += gridCell.span;
        return gridCell;
      });
      this.emitRow(out, tableId, cells);
    }
    out.breakLine(2);
  }

  /** A row of short cells is one line of the grid; a row carrying prose is laid out as blocks. */
  private emitRow(out: TextBuilder, table: number, cells: GridCell[]): void {
    const filled = cells.filter((c) => c.text !== '');
    const prose = filled.some((c) => c.text.length > LAYOUT_CELL_CHARS);
    if (prose || (filled.length === 1 && filled[0]!.text.includes('\n'))) {
      for (const cell of filled) this.emitBlock(out, cell.text);
      return;
    }
    const merged = mergeCells(cells.map((c) => ({ ...c, text: c.text.replace(/\s*\n\s*/g, ' ').trim() })));
    if (merged.length === 0) return;
    const line = merged.map((c) => c.text).join(' | ');
    this.grid.push({ table, line, cells: merged });
    this.emitBlock(out, line);
  }

  private emitBlock(out: TextBuilder, text: string): void {
    if (text === '') return;
    out.breakLine(1);
    out.verbatim(text);
    out.breakLine(1);
  }
}

export type HtmlText = { text: string; title: string | null; grid: GridRow[] };

const PARSER_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };
// Real releases nest under 150 elements deep. htmlparser2 scans its open-element stack on every tag,
// so thousands of unclosed tags would take quadratic time: past this depth we stop and read the text.
const MAX_PARSE_DEPTH = 2000;

class TooDeep extends Error {}

/**
 * The text of markup with each run of tags one space, as its spaces would collapse anyway. Scanned
 * by hand: a pattern for a run of tags keeps a backtracking entry per tag, and a run of millions of
 * them made a 10 MB page take 27 times a 1 MB one (replacing tag by tag, 19 times, for its garbage).
 */
function withoutTags(html: string): string {
  const parts: string[] = [];
  let at = 0;
  let inRun = false;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      parts.push(html.slice(at));
      break;
    }
    if (open > at) {
      parts.push(html.slice(at, open));
      inRun = false;
    }
    if (!inRun) parts.push(' ');
    inRun = true;
    // A tag never closed runs to the end, as "<[^>]*" would take it.
    const close = html.indexOf('>', open + 1);
    if (close < 0) break;
    at = close + 1;
  }
  return parts.join('');
}

/**
 * The page as a tree of plain objects (what the renderer reads, and nothing more: a DOM's
 * parent and sibling links, node classes and positions cost a third of reading a large page).
 * Text runs merge as a DOM's do: up to the next tag, comment or declaration. Gives up once
 * elements nest deeper than `maxDepth`.
 */
class TreeBuilder implements Partial<Handler> {
  readonly root: Element = { name: '#document', attribs: {}, children: [] };
  private readonly open: Element[] = [this.root];
  private text = false;

  constructor(private readonly maxDepth: number) {}

  onopentag(name: string, attribs: Record<string, string>): void {
    if (this.open.length > this.maxDepth) throw new TooDeep();
    const element: Element = { name, attribs, children: [] };
    this.open[this.open.length - 1]!.children.push(element);
    this.open.push(element);
    this.text = false;
  }

  onclosetag(): void {
    if (this.open.length > 1) this.open.pop();
    this.text = false;
  }

  ontext(data: string): void {
    const { children } = this.open[this.open.length - 1]!;
    if (this.text) children[children.length - 1] += data;
    else children.push(data);
    this.text = true;
  }

  oncomment(): void {
    this.text = false;
  }

  onprocessinginstruction(): void {
    this.text = false;
  }

  oncdatastart(): void {
    this.text = false;
  }
}

function parseTree(html: string, maxDepth: number): Element {
  const builder = new TreeBuilder(maxDepth);
  new Parser(builder, PARSER_OPTIONS).end(html);
  return builder.root;
}

/** The page's tree; for pathologically deep markup, the tree of its text with every tag dropped. */
function parseBounded(html: string): Element {
  try {
    return parseTree(html, MAX_PARSE_DEPTH);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    return parseTree(withoutTags(html), Infinity);
  }
}

/** Renders an HTML page as readable plain text: paragraphs apart, each table row on one line. */
export function htmlToText(html: string): HtmlText {
  const document = parseBounded(html);
  const renderer = new HtmlRenderer();
  const out = new TextBuilder();
  renderer.render(document.children, out, 0, false);
  const titleElement = findFirst(document.children, 'title');
  const title = titleElement ? textContent(titleElement).replace(/\s+/g, ' ').trim() || null : null;
  return { text: tidyLines(out.toString().replace(/\u00a0/g, ' ')), title, grid: renderer.grid };
}
