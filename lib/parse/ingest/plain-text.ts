import { NUMBER_WORDS } from '../lexicon/calendar';
import { anyOf } from '../lexicon/patterns';
import type { GridRow } from './html-to-text';
import { expandTabs } from './tabs';
import { readTextTables } from './text-tables';
import { tidyLines } from './text-builder';

// EDGAR's ASCII filings mark pages and table columns with SGML tags of their own.
const PAGE_MARKER = /^[ \t]*<PAGE>[ \t]*\d*[ \t]*$/gim;
const TABLE_TAGS = /<\/?(?:TABLE|CAPTION|FN)>|<[SC]>/gi;

function withoutEdgarTags(text: string): string {
  // Column tags become spaces of the same width so columns stay aligned.
  return text.replace(PAGE_MARKER, '').replace(TABLE_TAGS, (tag) => ' '.repeat(tag.length));
}

// Words that text taken from a filing's tagged spans runs together: "90.6%of", "2017compared",
// "thirdquarter", "secondlargest", "2016.During". Only joins no English word has: a figure and a
// word, an ordinal and the period or rank after it, a sentence's full stop and the next sentence.
const ORDINAL_WORD = String.raw`\b(?:first|second|third|fourth|fifth|two|three|four|five|six|seven|eight|nine|ten)`;
// Each alternative matches the first word of a glued pair; a space goes after it.
const GLUED = new RegExp(String.raw`\d%(?=[a-z])|\b(?:19|20)\d{2},?(?=[a-z]{3,})|${ORDINAL_WORD}(?=(?:quarter|half|largest)\b)|[a-z\d]{2}\.(?=[A-Z][a-z]{2,}\b)`, 'g');
// The quick test: most texts hold no glued pair at all.
const MAY_BE_GLUED = new RegExp(String.raw`\d%[a-z]|\b(?:19|20)\d{2},?[a-z]{3}|${ORDINAL_WORD}(?:quarter|half|largest)\b|[a-z\d]{2}\.[A-Z][a-z]{2}`);
// "sixgovernment customers": a number word run into a word. Parted only where the text also uses
// the word on its own, as the text is the one dictionary at hand ("fourteen", "tenants" stay whole).
const NUMBER_GLUED = new RegExp(String.raw`\b(${anyOf(Object.keys(NUMBER_WORDS))})([a-z]{4,})\b`, 'g');

function partNumberWords(text: string): string {
  NUMBER_GLUED.lastIndex = 0;
  if (!NUMBER_GLUED.test(text)) return text;
  const words = new Set(text.toLowerCase().match(/[a-z]+/g));
  return text.replace(NUMBER_GLUED, (whole, number: string, rest: string) => (words.has(rest) ? `${number} ${rest}` : whole));
}

function unglue(text: string): string {
  return partNumberWords(MAY_BE_GLUED.test(text) ? text.replace(GLUED, (word) => `${word} `) : text);
}

/** Normalises plain-text releases: LF line ends, no page markers or EDGAR table tags, glued words parted, tidy blank lines. */
export function normalizePlainText(raw: string): string {
  const text = expandTabs(raw.replace(/\r\n?/g, '\n')).replace(/\f/g, '\n');
  // Only text with a "<" can hold EDGAR's markers: skip the scans when there is none.
  return tidyLines(unglue((text.includes('<') ? withoutEdgarTags(text) : text).replace(/\u00a0/g, ' ')));
}

/** A plain-text release as normalized text, with the tables it holds cut into cells read as grid rows. */
export function readPlainText(raw: string): { text: string; grid: GridRow[] } {
  // `ingest` has made every line end LF already.
  const { text, grid } = readTextTables(raw);
  return { text: normalizePlainText(text), grid };
}
