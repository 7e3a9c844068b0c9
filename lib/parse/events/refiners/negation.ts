import { CAPACITY, CUES, EXAMPLES, NEGATED } from '../../lexicon/discourse';
import type { Refiner } from '../../rules';
import type { EventCandidate, EventContext } from '../candidate';

/**
 * "No layoffs are expected", "did not acquire": a negated trigger is no event (unless its frame
 * wants the negation); nor is one given as an example ("events such as fires or floods"), nor a
 * capacity ("our ability to pay dividends").
 */
export const negation: Refiner<EventCandidate, EventContext> = {
  id: 'events/negation',
  refine: (candidates, { text }) =>
    candidates.filter((c) => {
      const before = text.slice(Math.max(c.sentence.start, c.trigger.start - 100), c.trigger.start);
      const negated = CUES.negated.test(before.slice(-30)) && NEGATED.test(before.slice(-30));
      const example = CUES.examples.test(before) && EXAMPLES.test(before);
      const capacity = CAPACITY.test(before.slice(-40));
      return (c.rule.includes('not-renew') || !negated) && !example && !capacity;
    }),
};
