import { maxOf } from '@/lib/arrays';
import { endsInFunctionWord } from '../text/words';

/** A sentence of running text with its offsets in the release text. */
export type Sentence = { start: number; end: number; text: string };

// Abbreviations whose period does not end a sentence.
const ABBREVIATION =
  /(?:\b(?:Inc|Co|Corp|Ltd|No|Nos|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|N\.Y|Ill|Calif|Mass|Penn|Fla|Tex|Conn|Ariz|Mo|Va|Wash|Mich|Minn|Wis|Ala|Ga|La|Md|Colo|Okla|Ore|Tenn|Ky|Ind|etc|e\.g|i\.e|Cos|Bros|Corps|Ltda|S\.A|N\.V|L\.P|a\.m|p\.m)|\b[A-Z])$/;

// No sentence of prose is this long; text that runs on (a table, a list, a garbled file) is cut at
// line breaks into pieces no longer than this, so the readers' work per sentence stays bounded.
const MAX_SENTENCE = 3000;

function pieces(text: string, start: number, end: number): [number, number][] {
  if (end - start <= MAX_SENTENCE) return [[start, end]];
  const out: [number, number][] = [];
  for (let s = start; s < end; ) {
    let e = Math.min(end, s + MAX_SENTENCE);
    if (e < end) {
      const newline = text.slice(s, e).lastIndexOf('\n');
      if (newline > 0) e = s + newline + 1;
    }
    out.push([s, e]);
    s = e;
  }
  return out;
}

// A paragraph whose lines nearly all open with a capital is a list (links, headings, items), not wrapped prose.
const LIST_LINES = 3;
const LIST_SHARE = 0.75;
const RUN_ON_SHARE = 1 / 3;
const WRAP_WIDTH = 50;
const FILLED = 0.85;

/** Whether a line runs on into the next, as wrapped prose does: it ends in a comma, a hyphen or a word like "the". */
function runsOn(line: string): boolean {
  const end = line.trimEnd();
  return /[,-]$/.test(end) || endsInFunctionWord(end);
}

function isList(text: string, from: number, to: number): boolean {
  const lines = text.slice(from, to).split('\n').filter((l) => l.trim() !== '');
  if (lines.length < LIST_LINES) return false;
  // Wrapped prose often runs on at its line ends; a list's items (and a table header's "as of") seldom do.
  const runOns = lines.slice(0, -1).filter(runsOn).length;
  if (runOns >= RUN_ON_SHARE * (lines.length - 1)) return false;
  // Prose wrapped at a width fills every line but its last; a list's items are as long as they are.
  const widths = lines.map((l) => l.trim().length);
  const width = maxOf(widths);
  if (width >= WRAP_WIDTH && widths.slice(0, -1).every((w) => w >= FILLED * width)) return false;
  return lines.filter((l) => /^\s*[A-Z0-9•·▪◦●■►➢("“]/.test(l)).length >= LIST_SHARE * lines.length;
}

/**
 * Splits running text into sentences: paragraph breaks always end one, and so does a line break in
 * a list or before a bullet; a period, "!" or "?" followed by space and a capital (or quote) does,
 * unless it closes an abbreviation.
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const sentences: Sentence[] = [];
  let start = from;
  const push = (end: number) => {
    for (const [s, e] of pieces(text, start, end)) {
      const raw = text.slice(s, e);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) sentences.push({ start: s + lead, end: s + lead + trimmed.length, text: trimmed });
    }
  };
  // A blank line, a line that opens with a bullet, or a stop before a capital ends a sentence.
  const boundary = isList(text, from, to) ? /\n|[.!?]["”’)]?(?=[ \t]+["“(]?[A-Z0-9$])/g : /\n\s*\n|\n(?=[ \t]*(?:[•·▪◦●■►➢]|[-*][ \t]+[A-Z]))|[.!?]["”’)]?(?=\s+["“(]?[A-Z0-9$•·▪◦●■►➢])/g;
  boundary.lastIndex = from;
  for (let m = boundary.exec(text); m && m.index < to; m = boundary.exec(text)) {
    if (m[0].startsWith('.') && ABBREVIATION.test(text.slice(Math.max(start, m.index - 12), m.index))) continue;
    const end = m[0].startsWith('\n') || m[0] === '' ? m.index : m.index + m[0].length;
    push(end);
    start = m.index + m[0].length;
  }
  push(to);
  return sentences;
}
