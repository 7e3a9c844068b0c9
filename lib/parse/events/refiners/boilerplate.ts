import { BOILERPLATE, CAPITAL_RETURN, CREDIT_LOSSES, HABITUAL_LIST, HEDGE, MODAL_AFTER, RECAST } from '../../lexicon/discourse';
import type { Sentence } from '../../prose/sentences';
import type { Refiner } from '../../rules';
import { memoOn } from '../../text/memo';
import type { EventCandidate, EventContext } from '../candidate';

/** Whether a sentence is boilerplate: tested once, as the reader skips such sentences before it looks for triggers. */
export const isBoilerplate = memoOn((sentence: Sentence): boolean => BOILERPLATE.test(sentence.text));

// A list of what a company does reaches back this far before its last verb.
const HABITUAL_CHARS = 60;

/** "Acme explores, develops and acquires …": a present verb ending a list of them tells what the company does, not what happened. */
function describesBusiness(c: EventCandidate, text: string): boolean {
  if (c.form !== 'verb' || !/s$/i.test(text.slice(c.trigger.start, c.trigger.end))) return false;
  return HABITUAL_LIST.test(text.slice(Math.max(c.sentence.start, c.trigger.start - HABITUAL_CHARS), c.trigger.start));
}

/**
 * Safe-harbor and risk talk, call notices, descriptions of the business (a list of what it does:
 * "explores, develops and acquires") and hedged sentences ("could", "may result"; "the loss of a
 * client could …") report no event, however many event words they hold.
 */
export const boilerplate: Refiner<EventCandidate, EventContext> = {
  id: 'events/boilerplate',
  refine(candidates, { text }) {
    return candidates.filter(
      (c) =>
        !isBoilerplate(c.sentence) &&
        !HEDGE.test(c.sentence.text.slice(0, c.trigger.end - c.sentence.start)) &&
        !(c.form === 'noun' && MODAL_AFTER.test(c.sentence.text.slice(c.trigger.end - c.sentence.start, c.clause.end - c.sentence.start))) &&
        !((c.type === 'buyback' || c.type === 'dividend') && CAPITAL_RETURN.test(c.sentence.text)) &&
        !describesBusiness(c, text) &&
        !(c.type === 'restatement' && RECAST.test(c.sentence.text)) &&
        !(c.type === 'impairment' && CREDIT_LOSSES.test(c.sentence.text)),
    );
  },
};
