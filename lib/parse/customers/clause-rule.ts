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

/** Every share verb of a sentence, in order. */
export function findShareVerbs(text: string, offset: number): ShareVerb[] {
  return runRules(SHARE_RULES, text, offset).sort((a, b) => a.start - b.start);
}
