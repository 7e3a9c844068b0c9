import { MORE_SPECIFIC } from '../../lexicon/events';
import { touchedBy, type Refiner } from '../../rules';
import type { EventCandidate, EventContext } from '../candidate';

// Two triggers this close in one clause speak of one thing ("a restructuring charge of $41 million").
const SAME_THING_CHARS = 120;
// A verb with its own object yields only to a word right next to it ("entered into an agreement to acquire").
const NEXT_TO_CHARS = 40;
const BEATS = new Set(MORE_SPECIFIC.map(([winner, loser]) => `${winner}>${loser}`));

function sameThing(winner: EventCandidate, loser: EventCandidate): boolean {
  if (winner.clause.start !== loser.clause.start) return false;
  const distance = Math.abs(winner.trigger.start - loser.trigger.start);
  if (winner.trigger.start === loser.trigger.start || distance <= NEXT_TO_CHARS) return true;
  return distance <= SAME_THING_CHARS && (loser.form === 'noun' || loser.type === 'charge');
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
    const byClause = new Map<number, EventCandidate[]>();
    for (const c of candidates) byClause.set(c.clause.start, [...(byClause.get(c.clause.start) ?? []), c]);
    for (const loser of candidates) {
      const winner = byClause.get(loser.clause.start)!.find((w) => w !== loser && !lost.has(w) && BEATS.has(`${w.type}>${loser.type}`) && sameThing(w, loser));
      if (!winner) continue;
      lost.add(loser);
      if (winner.amount === null && loser.amount !== null) winner.amount = loser.amount;
      if (winner.date === null && loser.date !== null) winner.date = loser.date;
      winner.rule = touchedBy(winner.rule, 'events/specific-type');
    }
    return candidates.filter((c) => !lost.has(c));
  },
};
