import { NUMBER_WORDS } from '../lexicon/calendar';
import { SHARE_COPULA, SHARE_PASSIVE, shareVerbForms } from '../lexicon/customers';
import { anyOf } from '../lexicon/patterns';
import { runRules, type Rule } from '../rules';

/** A verb that states a share: the customer is its subject (active), follows it (passive), or a copula links them. */
export type ShareVerb = { start: number; end: number; passive: boolean; copula: boolean; rule: string };

function rule(id: string, source: string, passive: boolean, copula: boolean): Rule<ShareVerb, number> {
  return {
    id: `customers/${id}`,
    pattern: new RegExp(source, 'gi'),
    read: (m, offset) => ({ start: offset + m.index, end: offset + m.index + m[0].length, passive, copula, rule: `customers/${id}` }),
  };
}

/**
 * The share verbs of the lexicon as rules: "accounted for" (the customer is the subject), "was
 * attributable to" (the customer follows), and a copula right before a share ("were 11%"),
 * which states one only when its subject names or refers to customers.
 */
const SHARE_RULES = [
  rule('active', String.raw`\b${anyOf(shareVerbForms())}\b`, false, false),
  rule('passive', String.raw`\b(?:was|were|is|are)\s+(?:(?:primarily|mainly|principally|largely|directly)\s+)?${anyOf(SHARE_PASSIVE)}\b`, true, false),
  rule('copula', String.raw`\b${anyOf(SHARE_COPULA)}(?=\s+(?:approximately\s+|about\s+)?\d{1,3}(?:\.\d+)?\s*(?:%|percent))`, false, true),
];

// "…, compared to approximately 58% of total revenues attributable to four customers", "… compared to
// 18.9% to one commercial customer": a compared share names its own holder with no verb of its own.
// Case counts here: the holder is a count, a determiner or a name.
const COUNT_WORDS = Object.keys(NUMBER_WORDS);
const COMPARED_SHARE: Rule<ShareVerb, number> = {
  id: 'customers/compared-passive',
  pattern: new RegExp(
    String.raw`(?<=\d\s*%(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+)(?<!\b(?:was|were|is|are)\s+)(?:attributable\s+to|to)\b(?=\s+(?:(?:${anyOf(COUNT_WORDS)}|an?|its|our|the)\b|[A-Z]))`,
    'g',
  ),
  read: (m, offset) => ({ start: offset + m.index, end: offset + m.index + m[0].length, passive: true, copula: false, rule: 'customers/compared-passive' }),
};
const COMPARED = /\bcompared\s+(?:to|with)\b/i;

/** Every share verb of a sentence, in order; a compared share's only where it is compared with a passive one's. */
export function findShareVerbs(text: string, offset: number): ShareVerb[] {
  const verbs = runRules(SHARE_RULES, text, offset).sort((a, b) => a.start - b.start);
  for (const tail of runRules([COMPARED_SHARE], text, offset)) {
    const before = verbs.filter((v) => v.end <= tail.start).pop();
    if (before?.passive && COMPARED.test(text.slice(before.end - offset, tail.start - offset))) verbs.push(tail);
  }
  return verbs.sort((a, b) => a.start - b.start);
}
