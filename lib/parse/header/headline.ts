import type { Source } from '@/lib/domain/release';
import { HEADLINE_PREDICATES, HEADLINE_VERBS, NOT_A_HEADLINE } from '../lexicon/discourse';
import { EVENT_FRAMES } from '../lexicon/events';
import { verbForms } from '../lexicon/inflect';
import type { Line } from '../text/lines';
import { endsInFunctionWord, plainWords } from '../text/words';

const BOILERPLATE = /^(?:exhibit|press release|news release|news$|for immediate release|for release|immediate release|contacts?\b|for further information|for more information|\[graphic|page \d|investor relations|release no|media contact|phone|fax|web:|home\b|business editor)/i;
const CONTACT_DETAIL = /\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}|@|www\.|https?:/i;
const GENERIC_TITLE = /^(?:document|ex-?99|exhibit|untitled|press release|news release)/i;
// Wire-service codes before a headline: "(BW) (NY-AMERICAN-LOCKER-GROUP) (NASDAQ:ALGIE)". A few at
// most: a line of thousands of parentheses made the engine's backtracking overflow its stack.
const WIRE_CODES = /^(?:\([^()]{1,40}\)\s*){1,6}/;
// A highlight under the headline: "• Revenue of $46.7 billion", "- Record margins".
const BULLET = /^[•·▪◦●■\-–—*]/;
// A line that is a date (and maybe a time) and nothing else: "(11/19/97)" ends a title, it is not one.
const DATE_ONLY = /^\(?\s*(?:\d{1,2}\/\d{1,2}\/\d{2,4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s*\)?$/;
const TRAILING_DATE = /\s*\(\d{1,2}\/\d{1,2}\/\d{2,4}\)\s*$/;
// A sentence's end, not an abbreviation's period ("INDIANA ENERGY, INC.").
const SENTENCE_END = /(?<!\b(?:Inc|Corp|Co|Ltd|Bros|Mfg|Jr|Sr|St|U\.S|N\.V|S\.A|L\.P))[.!?]$/i;
const PERSON = /^(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Za-z'’-]+){1,2}$/;
// Text pushed far right is a letterhead or contact block, not the headline.
const MAX_INDENT = 30;
const MAX_LINES = 3;
const MAX_CHARS = 300;
const WORD_OF_LETTERS = /\S*[A-Za-z]{2}\S*/g;
const SENTENCE_CHARS = 80;
const SENTENCE_END_MARK = /[a-z)”"]\s*[.:;]$/;
const LOWER_WORD = /\b[a-z]{3,}\b/g;
// Navigation strings many short items apart: "Cloud & Data Center Deep Learning & AI Design & Pro Visualization".
const NAVIGATION = /(?:\s(?:&|\|)\s.*){2,}/;
// How far below the dateline a headline may sit, and how far into the page one is looked for.
const BELOW_DATELINE = 600;
const OPENING_LINES = 80;
const BEST_SCORE = 4;

const VERB_LEMMAS = [...HEADLINE_VERBS, ...EVENT_FRAMES.flatMap((f) => f.verbs ?? [])].map((v) => v.split(' ')[0]!);
// A headline's verb is inflected ("Reports", "Acquired") or follows "to"/"will": a bare lemma is
// most often a noun ("Earnings Release", "Share Repurchase").
const BASE_FORMS: ReadonlySet<string> = new Set(VERB_LEMMAS);
const INFLECTED_FORMS: ReadonlySet<string> = new Set(
  [...VERB_LEMMAS.flatMap(verbForms).map((f) => f.split(' ')[0]!).filter((f) => !BASE_FORMS.has(f)), ...HEADLINE_PREDICATES],
);

/** Whether a line holds two words of two letters or more. */
function twoWords(text: string): boolean {
  WORD_OF_LETTERS.lastIndex = 0;
  return WORD_OF_LETTERS.exec(text) !== null && WORD_OF_LETTERS.exec(text) !== null;
}

/** Running text, not a title: a long line with words in lower case that ends as a sentence does. */
function isSentence(text: string): boolean {
  if (text.length < SENTENCE_CHARS || !SENTENCE_END_MARK.test(text)) return false;
  LOWER_WORD.lastIndex = 0;
  let words = 0;
  while (LOWER_WORD.exec(text) && ++words < 3);
  return words >= 3;
}

/**
 * Whether a line can be (a line of) a title: short, not indented far, no sentence, bullet, date,
 * navigation, letterhead or contact detail. A line `continuing` a title may read like a name.
 */
function titleLike(line: string, continuing = false): boolean {
  const text = line.trim();
  if (text.length > MAX_CHARS || !twoWords(text) || line.length - line.trimStart().length > MAX_INDENT) return false;
  if (isSentence(text)) return false;
  if (BULLET.test(text) || DATE_ONLY.test(text) || text.endsWith(':') || NAVIGATION.test(text)) return false;
  return !BOILERPLATE.test(text) && !CONTACT_DETAIL.test(text) && (continuing || !PERSON.test(text) || hasVerb(text)) && !text.includes(' | ') && !NOT_A_HEADLINE.some((p) => p.test(text));
}

/** Whether a title's words hold a verb a headline reports with ("Reports", "to Acquire", "Up"). */
function hasVerb(text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z-]+/);
  return words.some((w, i) => INFLECTED_FORMS.has(w) || (BASE_FORMS.has(w) && /^(?:to|will)$/.test(words[i - 1] ?? '')));
}

// The words of a company's name that name it: "Oracle Corporation" is "oracle".
const NAME_SUFFIX = /\b(?:the|inc|incorporated|corp|corporation|company|co|companies|ltd|limited|plc|group|holdings)\b/g;

function core(name: string): string {
  return plainWords(name).replace(NAME_SUFFIX, ' ').replace(/\s+/g, ' ').trim();
}

type Headline = { text: string; source: Source };
/** A title found, with the index (in `lines`) of its last line and its score. */
type Candidate = Headline & { last: number; score: number };

/**
 * Whether `next` goes on the title that ends with `previous`: the title breaks off mid-phrase (a
 * small word, a comma, a verb without its object) or `next` starts like a continuation ("TO THE
 * BOARD", "REPORTS EARNINGS"); a line in another style that does neither is a subheadline.
 */
function continues(previous: string, next: string): boolean {
  const lastWord = previous.split(/\s+/).pop() ?? '';
  const firstWord = next.split(/\s+/)[0] ?? '';
  const brokenOff = endsInFunctionWord(previous) || /[,;]$/.test(previous) || (!SENTENCE_END.test(previous) && hasVerb(lastWord) && !hasVerb(next));
  const leadsOn = endsInFunctionWord(`x ${firstWord}`) || hasVerb(firstWord);
  const sameStyle = (previous === previous.toUpperCase()) === (next === next.toUpperCase());
  return brokenOff || (leadsOn && sameStyle && !SENTENCE_END.test(previous));
}

/** A title from line `i`: it wraps onto the next lines (across one blank line at most) while they continue it. */
function titleAt(lines: Line[], i: number, before: number): Candidate | null {
  const line = lines[i]!;
  // A line longer than a headline with its wire codes can be is none, and not worth reading as one.
  if (line.text.length > MAX_CHARS * MAX_LINES) return null;
  const trimmed = line.text.trim();
  const text = trimmed.replace(WIRE_CODES, '');
  if (!/\S\s+\S/.test(text) || !titleLike(text === trimmed ? line.text : line.text.replace(trimmed, text))) return null;
  const parts = [text];
  let last = line;
  let lastAt = i;
  for (let k = i + 1; k < lines.length && parts.length < MAX_LINES; k++) {
    const blank = lines[k]!.text.trim() === '';
    const next = blank ? lines[k + 1] : lines[k]!;
    if (!next || next.start >= before || !titleLike(next.text, true)) break;
    const sameStyle = (parts.at(-1)! === parts.at(-1)!.toUpperCase()) === (next.text.trim() === next.text.trim().toUpperCase());
    // Lines of one block continue in one style; across a blank line only a phrase broken off does.
    if (!(blank ? continues(parts.at(-1)!, next.text.trim()) : (sameStyle && !SENTENCE_END.test(parts.at(-1)!)) || continues(parts.at(-1)!, next.text.trim()))) break;
    parts.push(next.text.trim());
    last = next;
    lastAt = blank ? k + 1 : k;
    k = lastAt;
  }
  const full = parts.join(' ').replace(TRAILING_DATE, '').replace(/\s+/g, ' ');
  if (full.split(/\s+/).length < 3) return null;
  const start = line.start + line.text.indexOf(text);
  return { text: full, source: { start, end: last.start + last.text.trimEnd().length }, last: lastAt, score: 0 };
}

/** Every title in a stretch of lines, each scored: a reporting verb, the company's name, a place near the dateline. */
function titlesIn(lines: Line[], from: number, before: number, company: string | null): Candidate[] {
  const found: Candidate[] = [];
  const bare = company ? core(company) : '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.start < from) continue;
    if (line.start >= before || line.index > OPENING_LINES) break;
    const title = titleAt(lines, i, before);
    if (!title) continue;
    const words = ` ${plainWords(title.text)} `;
    const named = bare !== '' && words.includes(` ${bare} `);
    title.score = (hasVerb(title.text) ? 3 : 0) + (named ? 1 : 0) - (bare !== '' && core(title.text) === bare ? 5 : 0);
    found.push(title);
    // The first title that reports with a verb and names the company cannot be beaten.
    if (title.score === BEST_SCORE) break;
    i = title.last;
  }
  return found;
}

function best(titles: Candidate[]): Candidate | null {
  if (titles.length === 0) return null;
  // The first wins a tie: the lines under a headline are its subheadlines.
  return titles.reduce((a, b) => (b.score > a.score ? b : a));
}

/**
 * The release's headline: of the titles above the dateline and just below it, the first of those
 * that report with a verb and name the company; else the page title.
 */
export function findHeadline(lines: Line[], dateline: Source | null, title: string | null, company: string | null = null): Headline | null {
  const above = titlesIn(lines, 0, dateline?.start ?? 3000, company);
  // Below the dateline's own line, which goes on into the story.
  const belowFrom = dateline ? (lines.find((l) => l.start > dateline.end)?.start ?? dateline.end) : 0;
  const settled = above.some((t) => t.score === BEST_SCORE);
  const below = dateline && !settled ? titlesIn(lines, belowFrom, belowFrom + BELOW_DATELINE, company) : [];
  const chosen = best([...above, ...below]);
  if (chosen) return { text: chosen.text, source: chosen.source };
  if (title && !GENERIC_TITLE.test(title)) return { text: title, source: { start: 0, end: 0 } };
  return null;
}
