import { pushAll } from '@/lib/arrays';
import { htmlToText, type GridRow } from './html-to-text';
import { matchesOf } from '../text/regex';
import { readPlainText } from './plain-text';

/*
 * Text an analyst pastes from a markdown editor or converter: paragraphs of plain text with
 * emphasis marks, pipe tables, and HTML tables where a table had spanning cells (GFM converters
 * keep those as HTML). Its paragraphs are read as text and its HTML tables as HTML.
 */

// A page is HTML when it opens with a tag; markdown opens with text and holds tables as islands.
const OPENS_WITH_TAG = /^\s*(?:<!--[\s\S]*?-->\s*)*</;
const HTML_TABLE = /<table\b[\s\S]*?<\/table\s*>/gi;
// Headings, bold, pipe rows, links and images ("[text](url)"), rules ("* * *").
const MARKDOWN_SIGNS = /^#{1,6}\s|\*\*[^*\n]+\*\*|^\|.*\|\s*$|!?\[[^\]\n]+\]\([^)\s]+\)|^(?:\*\s*){3,}$/gm;
// Emphasis, heading marks, rules and backslash escapes carry no words; a link is its text, an image none.
const EMPHASIS = /\*\*|__/g;
const UNDERSCORED = /(^|[\s(])_([^_\n]+)_(?=[\s).,;:!?]|$)/gm;
const HEADING = /^#{1,6}\s+/gm;
const RULE = /^(?:\*\s*){3,}$/gm;
const IMAGE = /!\[[^\]\n]*\]\([^)\s]*\)/g;
const LINK = /\[([^\]\n]+)\]\([^)\s]*\)/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>])/g;

/** Whether a text is markdown: it does not open with a tag and shows markdown's marks twice at least. */
export function looksLikeMarkdown(text: string): boolean {
  if (OPENS_WITH_TAG.test(text)) return false;
  MARKDOWN_SIGNS.lastIndex = 0;
  let signs = 0;
  while (MARKDOWN_SIGNS.exec(text) && ++signs < 2);
  return signs >= 2;
}

function plainOf(markdown: string): string {
  return markdown.replace(HEADING, '').replace(RULE, '').replace(IMAGE, '').replace(LINK, '$1').replace(EMPHASIS, '').replace(UNDERSCORED, '$1$2').replace(ESCAPE, '$1');
}

/** Renders markdown: text as plain text (pipe tables read as grids), HTML tables as HTML tables. */
export function markdownToText(markdown: string): { text: string; grid: GridRow[] } {
  const parts: string[] = [];
  const grid: GridRow[] = [];
  const add = (rendered: { text: string; grid: GridRow[] }) => {
    const tables = new Set(grid.map((r) => r.table)).size;
    pushAll(grid, rendered.grid.map((r) => ({ ...r, table: r.table + tables })));
    if (rendered.text !== '') parts.push(rendered.text);
  };
  let last = 0;
  for (const m of matchesOf(HTML_TABLE, markdown)) {
    add(readPlainText(plainOf(markdown.slice(last, m.index))));
    add(htmlToText(m[0]));
    last = m.index + m[0].length;
  }
  add(readPlainText(plainOf(markdown.slice(last))));
  return { text: parts.join('\n\n'), grid };
}
