import { CAUSE } from '../../lexicon/discourse';
import type { Refiner } from '../../rules';
import { overlaps } from '../dates-overlap';
import type { EventCandidate, EventContext } from '../candidate';

// A cause phrase ends right before its trigger; looking back this far finds any real one.
const CAUSE_CHARS = 120;

/**
 * An event told as the cause of something else ("as a result of the nonrenewal", "excluding the
 * impact of the settlement") is a retelling: it counts only if it brings a date not yet told.
 */
export const causes: Refiner<EventCandidate, EventContext> = {
  id: 'events/causes',
  refine(candidates, { text }) {
    const kept: EventCandidate[] = [];
    for (const c of candidates) {
      const before = text.slice(Math.max(c.sentence.start, c.trigger.start - CAUSE_CHARS), c.trigger.start);
      const isCause = CAUSE.test(before);
      if (isCause && (c.date === null || candidates.some((o) => o !== c && o.type === c.type && overlaps(o.date, c.date)))) continue;
      kept.push(c);
    }
    return kept;
  },
};
