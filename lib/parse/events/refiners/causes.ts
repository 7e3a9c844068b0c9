import { CAUSE, CUES, SET_ASIDE } from '../../lexicon/discourse';
import type { Refiner } from '../../rules';
import { overlaps } from '../dates-overlap';
import type { EventCandidate, EventContext } from '../candidate';

// A cause phrase ends right before its trigger; looking back this far finds any real one.
const CAUSE_CHARS = 120;

/**
 * An event told as the cause of something else ("as a result of the nonrenewal", "excluding the
 * impact of the settlement") is a retelling: a cause counts only if it brings a date not yet told,
 * a set-aside never.
 */
export const causes: Refiner<EventCandidate, EventContext> = {
  id: 'events/causes',
  refine(candidates, { text }) {
    const before = (c: EventCandidate) => text.slice(Math.max(c.sentence.start, c.trigger.start - CAUSE_CHARS), c.trigger.start);
    const told = candidates.filter((c) => {
      const words = before(c);
      return !(CUES.setAside.test(words) && SET_ASIDE.test(words));
    });
    const kept: EventCandidate[] = [];
    for (const c of told) {
      const words = before(c);
      const isCause = CUES.cause.test(words) && CAUSE.test(words);
      if (isCause && (c.date === null || told.some((o) => o !== c && o.type === c.type && overlaps(o.date, c.date)))) continue;
      kept.push(c);
    }
    return kept;
  },
};
