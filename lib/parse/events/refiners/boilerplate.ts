import { BOILERPLATE, CAPITAL_RETURN, HEDGE, RECAST } from '../../lexicon/discourse';
import type { Refiner } from '../../rules';
import type { EventCandidate, EventContext } from '../candidate';

/** Whether a sentence is boilerplate: the reader skips such sentences before it looks for triggers. */
export function isBoilerplate(sentence: string): boolean {
  return BOILERPLATE.test(sentence);
}

/**
 * Safe-harbor and risk talk, call notices, descriptions of the business and hedged sentences
 * ("could", "may result") report no event, however many event words they hold.
 */
export const boilerplate: Refiner<EventCandidate, EventContext> = {
  id: 'events/boilerplate',
  refine(candidates) {
    // One test per sentence, however many candidates it holds.
    const plain = new Map<number, boolean>();
    const notBoilerplate = (c: EventCandidate) => {
      let ok = plain.get(c.sentence.start);
      if (ok === undefined) plain.set(c.sentence.start, (ok = !BOILERPLATE.test(c.sentence.text)));
      return ok;
    };
    return candidates.filter(
      (c) =>
        notBoilerplate(c) &&
        !HEDGE.test(c.sentence.text.slice(0, c.trigger.end - c.sentence.start)) &&
        !((c.type === 'buyback' || c.type === 'dividend') && CAPITAL_RETURN.test(c.sentence.text)) &&
        !(c.type === 'restatement' && RECAST.test(c.sentence.text)),
    );
  },
};
