import type { Source } from '@/lib/domain/release';
import { matchesOf } from '../text/regex';

export type CompanyName = { name: string; source: Source };

// One word of a company name: capitalised ("Roebuck", "ABVC", "II-VI", "Inc.", "3M"), or a joining word;
// after the first, a number too ("Level 3 Communications"), but not a year ("In 2033 Pell Mills").
const NAME_WORD = String.raw`(?:[A-Z][A-Za-z0-9&'’.\-]*|\d+[A-Z][A-Za-z0-9&'’.\-]*|&|and|of|de|du|la|the)`;
const NAME_AT_END = new RegExp(String.raw`(${NAME_WORD}(?:,?\s+(?:${NAME_WORD}|(?!(?:19|20)\d{2}\b)\d{1,4}(?=\s+[A-Z])))*)[®™]?\s*$`);
const SUFFIX = String.raw`(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|Companies|Ltd\.?|Limited|plc|PLC|N\.V\.|S\.A\.|AG|L\.P\.|LLC|Holdings|Group|Bancorp|Trust)`;
const SUFFIXED = new RegExp(String.raw`\b([A-Z][A-Za-z0-9&'’.\-]*(?:,?\s+(?:[A-Z][A-Za-z0-9&'’.\-]*|&|and|of)){0,6},?\s+${SUFFIX})(?![A-Za-z])`, 'g');
// Words that stand for a company without naming one: "The Company", "the Board of Directors".
const NOT_A_NAME = /^(?:The\s+)?(?:It|We|Our|This|That|These|Company|Registrant|Partnership|Corporation|Management|Board(?:\s+of\s+Directors)?|Directors?|Chairman|President|Today|Tomorrow)$/;
// A verb on a table row ("Dividends declared per share   $ 0.57") has no company before it.
const TABLE_ROW_AFTER = /^[^\n]*?\s{2,}\$?\s*[\d(]/;
// How far before a reporting verb its subject's name can start, a trailing "(NYSE: X)" included.
const NAME_REACH = 400;
const REPORT_VERB = /\s+(?:today\s+)?(?:announced|reported|posted|declared|introduced|unveiled|released|completed|has announced|has reported|announces|reports)\b/g;

// A contact's title before the name ("Jane Roe, Chief Financial Officer\nAcme Inc."): the name starts after it.
// The title ends its line or a comma follows it: "Level 3 Communications Inc." is a name, not a role.
const ROLE_BEFORE = /^[\s\S]*\b(?:Officer|President|Director|Chairman|Treasurer|Secretary|Manager|Relations|Communications|Contacts?)\b[ \t]*(?:[,:|]|\n)[\s,:|]*/;
// A stock exchange named before the issuer (a table of listed securities): no part of its name.
const EXCHANGE_BEFORE = /^(?:New York Stock Exchange|NYSE(?: American)?|Nasdaq(?: Stock Market| Global Select Market)?|American Stock Exchange|AMEX)\s+/i;
// Renderings of ® and ™ in EDGAR text: "Apple-Registered Trademark-", "Acme(R)".
const MARK = /-?\s*Registered Trademark\s*-?|\((?:R|TM)\)/gi;

function tidy(name: string): string {
  const plain = name.replace(MARK, '').replace(/[®™]/g, '');
  // A dash joins a dateline's city to the name ("INDIANAPOLIS--Indiana Energy"): the name is after it.
  const afterDash = plain.split(/--|—|–/).pop()!;
  const afterRole = afterDash.replace(ROLE_BEFORE, '');
  return (afterRole.trim() === '' ? afterDash : afterRole)
    .replace(EXCHANGE_BEFORE, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,]+$/, '')
    .trim();
}

function valid(name: string): boolean {
  const words = name.split(/\s+/);
  // "United States. The Company": two sentences, no name.
  return words.length <= 9 && /[A-Z]/.test(name) && !NOT_A_NAME.test(name) && !/^(?:and|of|the)\b/.test(name) && !/\.\s*The\b/.test(name);
}

/** The capitalised phrase that ends right before `end` (a ticker's "(" or a reporting verb). */
function nameBefore(text: string, end: number, floor: number): CompanyName | null {
  const window = text.slice(Math.max(floor, end - 160), end);
  const clause = window.split(/--|—|–|―|\s-\s|\)\s|\.\s{1,3}(?=[A-Z])|\n\s*\n|\.{3}/).pop() ?? '';
  const m = NAME_AT_END.exec(clause.replace(/\s+$/, ''));
  if (!m) return null;
  const name = tidy(m[1]!.replace(/^(?:\S+-based\s+)/, ''));
  if (!valid(name)) return null;
  const at = text.lastIndexOf(m[1]!.trim(), end);
  return { name, source: at >= 0 ? { start: at, end: at + m[1]!.trim().length } : { start: end, end } };
}

/** The issuer: named beside its ticker, else as the subject of "today announced", else its most frequent "X, Inc.". */
export function findCompanyName(text: string, tickerAt: number | null): CompanyName | null {
  if (tickerAt !== null) {
    const open = text.lastIndexOf('(', tickerAt);
    if (open >= 0 && tickerAt - open < 40) {
      const named = nameBefore(text, open, 0);
      if (named) return named;
    }
  }
  const opening = text.slice(0, 8000);
  REPORT_VERB.lastIndex = 0;
  for (let m = REPORT_VERB.exec(opening); m; m = REPORT_VERB.exec(opening)) {
    if (TABLE_ROW_AFTER.test(opening.slice(m.index, m.index + 120))) continue;
    // A name ends within a few lines before its verb: only that stretch is read, not all text up to it.
    const from = Math.max(0, m.index - NAME_REACH);
    const before = opening.slice(from, m.index).replace(/\s*\([^()]*\)\s*,?\s*$/, '').replace(/,\s*$/, '');
    const named = nameBefore(before, before.length, 0);
    if (named && /[A-Za-z]{2,}/.test(named.name)) return { ...named, source: { start: named.source.start + from, end: named.source.end + from } };
  }
  const counts = new Map<string, { n: number; first: number }>();
  for (const m of matchesOf(SUFFIXED, text)) {
    const name = tidy(m[1]!);
    if (!valid(name)) continue;
    const entry = counts.get(name) ?? { n: 0, first: m.index };
    entry.n++;
    counts.set(name, entry);
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)[0];
  return best ? { name: best[0], source: { start: best[1].first, end: best[1].first + best[0].length } } : null;
}
