import { NEGATED } from '../../lexicon/discourse';
import type { Refiner } from '../../rules';
import type { EventCandidate, EventContext } from '../candidate';

/** "No layoffs are expected", "did not acquire": a negated trigger is no event (unless its frame wants the negation). */
export const negation: Refiner<EventCandidate, EventContext> = {
  id: 'events/negation',
  refine: (candidates, { text }) =>
    candidates.filter((c) => c.rule.includes('not-renew') || !NEGATED.test(text.slice(Math.max(c.sentence.start, c.trigger.start - 30), c.trigger.start))),
};
