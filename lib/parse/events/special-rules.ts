import { CHARGE_NOUNS, ONE_TIME, ROUTINE_CHARGES, SPECIAL_OBJECTS, type EventType } from '../lexicon/events';
import { nounForms } from '../lexicon/inflect';
import { anyOf, trieOf } from '../lexicon/patterns';
import type { Rule } from '../rules';

/** A trigger of a type that a pattern, not a lemma, reads. */
export type PatternHit = { type: EventType; id: string; start: number; end: number };

const CHARGE = trieOf(CHARGE_NOUNS.flatMap(nounForms));
const STATED_CHARGE = trieOf(['charge', 'charges', 'provision', 'provisions', 'write-off', 'write-offs']);
const ONE_TIME_WORD = new RegExp(String.raw`\b${trieOf(ONE_TIME)}\b`, 'i');
const ROUTINE = new RegExp(String.raw`\b${anyOf(ROUTINE_CHARGES)}\s+$`, 'i');

/**
 * A one-time charge: "a one-time charge of $1.1 million", "a $21 million pretax charge", "the
 * second charge of $39 million". Routine charges (interest, amortization) are not events; a
 * charge whose cause is a more specific event (a settlement, severance) is retyped by a refiner.
 */
export const ONE_TIME_CHARGE: Rule<PatternHit, unknown> = {
  id: 'events/one-time-charge',
  cue: /charge|provision|reserve|expense|loss|write-off/i,
  pattern: new RegExp(
    String.raw`\b${trieOf(ONE_TIME)}\s+(?:[\w-]+\s+){0,2}?${CHARGE}\b|\$\s?[\d.,]+\s*(?:million|billion|thousand)?\s+(?:${trieOf(ONE_TIME)}\s+)?(?:[\w-]+\s+)?${CHARGE}\b|\b${STATED_CHARGE}\s+of\s+(?:approximately\s+|about\s+)?\$`,
    'gi',
  ),
  read(m) {
    const before = m.input.slice(Math.max(0, m.index - 40), m.index);
    if (ROUTINE.test(before) || ROUTINE.test(m[0].replace(/\s*\b(?:charge|provision|reserve|expense|loss|write-off)s?\b.*$/i, ' '))) return null;
    if (/\b(?:net|operating|pretax|pre-tax)\s+loss\b/i.test(m[0]) || /^\s*(?:per|from|on)\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
    // "a $0.2 million loss for the period" is a result; a loss is a charge only when it is one-off ("a $4 million special loss").
    if (/\blosse?s?$/i.test(m[0]) && !ONE_TIME_WORD.test(m[0])) return null;
    return { type: 'charge', id: 'events/one-time-charge', start: m.index, end: m.index + m[0].length };
  },
};

/** "a three-for-two stock split", "10-for-1 split". */
export const SPLIT_RATIO: Rule<PatternHit, unknown> = {
  id: 'events/split-ratio',
  cue: /-for-/i,
  pattern: new RegExp(String.raw`${SPECIAL_OBJECTS['@n-for-m']}(?:\s+(?:forward|reverse|stock|share))*\s+(?:stock\s+)?split`, 'gi'),
  read: (m) => ({ type: 'stock_split', id: 'events/split-ratio', start: m.index, end: m.index + m[0].length }),
};
