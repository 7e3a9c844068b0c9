import { CONDITION_AFTER, FUTURE_BEFORE, INTENT, MAY_BEFORE } from '../../lexicon/discourse';
import type { Refiner } from '../../rules';
import type { EventCandidate, EventContext } from '../candidate';

/** "expects to retire a further $200 million by year-end": an expectation with its sum and its time is a step the company has set. */
const set = (c: EventCandidate) => c.amount !== null && c.date !== null;

/**
 * What a company expects, hopes or may do is no happening yet: "Acme expects to acquire two more
 * businesses", "is exploring the sale of its hotels", "may open further branches", "will close
 * the plant if demand does not recover". Read within the trigger's clause, so "agreed to sell the
 * unit; the sale is expected to close in June" is still an event.
 */
export const intent: Refiner<EventCandidate, EventContext> = {
  id: 'events/intent',
  refine: (candidates, { text }) =>
    candidates.filter((c) => {
      const before = text.slice(c.clause.start, c.trigger.start);
      // The trigger's own word counts for a decision: "expects to complete the sale" may be read at "complete".
      const expected = INTENT.test(text.slice(c.clause.start, c.trigger.end)) || MAY_BEFORE.test(before);
      if (expected && !set(c)) return false;
      return !(FUTURE_BEFORE.test(before) && CONDITION_AFTER.test(text.slice(c.trigger.end, c.clause.end)));
    }),
};
