import { BASE_MODIFIERS, BASES, CHANGE_BEFORE, THRESHOLD_AFTER, THRESHOLD_BEFORE } from '../lexicon/customers';
import { anyOf } from '../lexicon/patterns';
import { matchesOf } from '../text/regex';

export type Percent = { value: number; start: number; end: number };
export type Basis = { text: string; start: number; end: number };

const PERCENT = /(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)/gi;
const CHANGE_AFTER = /^\s*(?:higher|lower|increase|decrease|growth|more|less|up|down)\b/i;
// "of consolidated net sales", "of our receivables", "of Tamsworth's revenue", "of the total", "of fiscal
// 2024 revenue": what a share is of (a year before the base dates it, read by the period reader).
const BASIS_CORE = String.raw`(?:of|in)\s+(?:the\s+)?(?:company['’]s\s+|our\s+|its\s+|their\s+|[A-Z][\w&.-]*['’]s\s+)?(?:(?:fiscal\s+)?(?:19|20)\d{2}\s+)?((?:${anyOf(BASE_MODIFIERS)}\s+)*${anyOf(BASES)}(?:\s+balances?)?)\b`;
// Right after the share.
const BASIS = new RegExp(String.raw`^\s*(?:,\s*)?(?:or\s+)?${BASIS_CORE}`, 'i');
// Further along the clause, past period phrases: "60.5% for the year ended December 31, 2011, … of net patient service revenue".
const LOOSE_BASIS = new RegExp(String.raw`[\s,]${BASIS_CORE}`, 'i');
// "Of total net accounts receivable, three U.S. wholesalers accounted for 81 %": the base comes first.
const LEADING_BASIS = new RegExp(String.raw`^\s*${BASIS_CORE}`, 'i');
// A money aside or further shares between a share and its base: "or $33.3 million and $61.7 million, respectively, of".
const ASIDE = /^(?:\s*(?:,|and|or|respectively|approximately|\$?[\d.,]+\s*(?:%|percent|million|billion)?))*/i;

const capitalized = (words: string[]) => words.map((w) => w[0]!.toUpperCase() + w.slice(1));
// "60% of the Americas revenue": of a named part of the business (a region, a segment), not of the whole;
// a possessive ("of Frontier's revenue") is the company's own.
const OF_A_PART = new RegExp(
  String.raw`^\s*(?:of|in)\s+(?:the\s+)?(?!(?:${capitalized([...BASE_MODIFIERS, 'company', 'our', 'its']).join('|')})\b)(?:[A-Z][\w&.-]*\s+){1,3}${anyOf(BASES)}\b`,
);

const OF_ANY = /^\s*(?:of|in)\b/i;

// The share a filing names customers above ("customers that accounted for more than 10% of revenue").
const DISCLOSURE_SHARE = 10;
const AT_LEAST = /(?:more|greater)\s+than|in\s+excess\s+of|at\s+least|exceed(?:ed|ing|s)?|over|above/i;

/**
 * A bound, not a share: "more than 10%", "10% or more", "less than 5%". Above the disclosure share,
 * "more than 38%" states the holder's share, as nearly as the text does.
 */
function isThreshold(value: number, before: string, after: string): boolean {
  const boundAfter = THRESHOLD_AFTER.test(after);
  if (!boundAfter && !THRESHOLD_BEFORE.test(before)) return false;
  const lowerBound = boundAfter ? /more|greater|higher|above|over/i.test(after) : AT_LEAST.test(before.slice(-30));
  return !lowerBound || value <= DISCLOSURE_SHARE;
}

/** The shares stated in a stretch of text: thresholds ("more than 10%"), changes ("up 5%") and shares of a part left out. */
export function percentsIn(text: string, offset: number): Percent[] {
  const found: Percent[] = [];
  let ofPart = false;
  for (const m of matchesOf(PERCENT, text)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (isThreshold(Number(m[1]), before, after) || CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after)) continue;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    // "… 60% of the Americas revenue and the U.S. … 35%": a share with no base of its own after a part's is the part's too.
    if (OF_A_PART.test(rest) || (ofPart && !OF_ANY.test(rest))) {
      ofPart = true;
      continue;
    }
    found.push({ value: Number(m[1]), start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return found;
}

function basisOf(m: RegExpExecArray, at: number): Basis {
  const start = at + m.index + m[0].indexOf(m[1]!);
  return { text: m[1]!.replace(/\s+/g, ' ').toLowerCase(), start, end: start + m[1]!.length };
}

/** The base a share is of ("consolidated net sales", "accounts receivable"), read after the share. */
export function basisAfter(text: string, from: number, until: number): Basis | null {
  const window = text.slice(from, until);
  const skipped = window.replace(ASIDE, (m) => ' '.repeat(m.length));
  const m = BASIS.exec(skipped) ?? LOOSE_BASIS.exec(skipped);
  return m ? basisOf(m, from) : null;
}

/** A base stated before the holder: "Of total net accounts receivable, three wholesalers …". */
export function leadingBasis(text: string, from: number, until: number): Basis | null {
  const m = LEADING_BASIS.exec(text.slice(from, until));
  return m ? basisOf(m, from) : null;
}
