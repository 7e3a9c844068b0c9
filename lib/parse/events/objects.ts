import { MONTH } from '../lexicon/calendar';
import { NOT_A_BUSINESS, OBJECTS, SPECIAL_OBJECTS } from '../lexicon/events';
import { nounForms } from '../lexicon/inflect';
import { trieOf } from '../lexicon/patterns';

// A capitalised name: "Halkey-Roberts Corporation", "NVIDIA® Spectrum-XGS", "S1"; not "The" or "Company".
const NAME = /^(?:(?:the|a|an|its|our|their|new|two|three|all|certain|additional)\s+)*(?:[A-Z][\w®™&'’.-]*|\d+[A-Z][\w-]*)/;
const NOT_A_NAME = new RegExp(String.raw`^(?:The|A|An|Company|Company['’]s|Corporation|Board|We|Our|It|Its|This|That|These|In|On|At|For|GAAP|Non-GAAP|Q[1-4]|Fiscal|Financial|Results|Earnings|Record|Revenue|Quarter|Year|First|Second|Third|Fourth|Dividend|${MONTH})$`);
// "Announced TSMC and Synopsys are going into production": the name starts a reported clause.
const FINITE_VERB = /^[^.;]{0,80}?\b(?:are|is|was|were|have|has|had|will|would|can|continue[sd]?)\b/;

const GROUP_PATTERNS = new Map<string, RegExp>(
  // "partnership-driven", "contract-based": a noun that modifies another is not the object; nor
  // is the last word of a compound ("life-of-mine", "pay-per-view").
  Object.entries(OBJECTS).map(([group, nouns]) => [group, new RegExp(String.raw`(?<![\w-])${trieOf(nouns.flatMap(nounForms))}\b(?!-)`, 'i')]),
);
const SPECIAL_PATTERNS = new Map<string, RegExp>(Object.entries(SPECIAL_OBJECTS).map(([name, source]) => [name, new RegExp(source, 'i')]));

// "purchased 54%, 46% and 52% of its wafers": shares of what the company buys, not a stake in a company.
const SHARE_OF_ITS_OWN = /^\s*(?:(?:approximately|about|over|nearly)\s+)?\d[\d.]*\s*%(?:[\s,]+(?:and\s+)?\d[\d.]*\s*%)*,?\s+of\s+(?:its|our|their)\b/i;

/** Whether a name stands right after a verb ("acquired Halkey-Roberts", "Introduced NVIDIA Spectrum"). */
function nameAfter(after: string, rest: string | null): boolean {
  if (SHARE_OF_ITS_OWN.test(after)) return false;
  const m = NAME.exec(after.trimStart());
  if (!m) return false;
  const word = /[\w®™&'’.-]+$/.exec(m[0])![0];
  if (NOT_A_NAME.test(word.replace(/[®™]/g, ''))) return false;
  if (!/^[A-Z\d]/.test(word)) return false;
  return !(rest !== null && FINITE_VERB.test(rest.trimStart().slice(m[0].length)));
}

// A name right before a verb: "Apple Vision Pro reaches", "the new Acme Vector 9 ships".
const NAME_BEFORE = /(?:^|[\s(])(?:[A-Z][\w®™&'’.-]*)(?:\s+[A-Z0-9][\w®™&'’.-]*)*\s*$/;

/** Whether the words before a verb end in a name. */
export function nameBefore(before: string): boolean {
  const m = NAME_BEFORE.exec(before);
  return m !== null && !NOT_A_NAME.test(m[0].trim().split(/\s+/).pop()!);
}

/** Whether a single word is one of a group's nouns ("businesses" of business). */
export function objectNoun(group: string, word: string): boolean {
  const pattern = GROUP_PATTERNS.get(group);
  return pattern !== undefined && pattern.test(word) && pattern.exec(word)![0].length === word.length;
}

/**
 * The object groups a frame needs, tested on the words after its trigger (and, for some, before).
 * `reportedClause` is the rest of the clause after a reporting verb ("Announced"): a name that
 * starts a reported clause ("Announced TSMC is adopting …") is no product.
 */
export function hasObject(groups: readonly string[], after: string, before: string, reportedClause: string | null = null): boolean {
  return groups.some((group) => {
    if (group === '@name') return nameAfter(after, reportedClause);
    const pattern = SPECIAL_PATTERNS.get(group) ?? GROUP_PATTERNS.get(group);
    if (!pattern) return false;
    if (group === 'business' && NOT_A_BUSINESS.test(after)) return false;
    return pattern.test(after) || (before !== '' && pattern.test(before));
  });
}
