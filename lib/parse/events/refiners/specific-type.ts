import { MORE_SPECIFIC } from '../../lexicon/events';
import { touchedBy, type Refiner } from '../../rules';
import type { EventCandidate, EventContext } from '../candidate';

// Two triggers this close in one clause speak of one thing ("a restructuring charge of $41 million").
const SAME_THING_CHARS = 60;
const BEATS = new Set(MORE_SPECIFIC.map(([winner, loser]) => `${winner}>${loser}`));

function sameThing(a: EventCandidate, b: EventCandidate): boolean {
  return a.clause.start === b.clause.start && Math.abs(a.trigger.start - b.trigger.start) <= SAME_THING_CHARS;
}

/**
 * Where words of two types report one thing, the more specific type wins: a restructuring charge
 * is a restructuring, an agreement to acquire an acquisition, a credit agreement financing. The
 * winner keeps the loser's amount and date when it has none.
 */
export const specificType: Refiner<EventCandidate, EventContext> = {
  id: 'events/specific-type',
  refine(candidates) {
    const lost = new Set<EventCandidate>();
    for (const loser of candidates) {
      const winner = candidates.find((w) => w !== loser && !lost.has(w) && BEATS.has(`${w.type}>${loser.type}`) && sameThing(w, loser));
      if (!winner) continue;
      lost.add(loser);
      if (winner.amount === null && loser.amount !== null) winner.amount = loser.amount;
      if (winner.date === null && loser.date !== null) winner.date = loser.date;
      winner.rule = touchedBy(winner.rule, 'events/specific-type');
    }
    return candidates.filter((c) => !lost.has(c));
  },
};
