import { PURPOSE } from '../../lexicon/discourse';
import { COUNT } from '../../lexicon/calendar';
import type { Refiner } from '../../rules';
import type { EventCandidate, EventContext } from '../candidate';

// How far before a trigger its purpose is told, and how far after it its object stands.
const PURPOSE_CHARS = 80;
const OBJECT_CHARS = 60;
// An object that names its party ("Beta Corp.") or counts it ("two businesses") is one happening.
const NAMED_OR_COUNTED = new RegExp(String.raw`(?<=\s)[A-Z][\w&'’-]*[a-z]|\b${COUNT}\b`);

/**
 * What the company means to do with its means, of no object in particular: "our strategy of
 * acquiring profitable companies", "to invest in the acquisition of businesses", "the proceeds …
 * for acquisitions of product lines". Buying Beta Corp. with the proceeds is still an event.
 */
export const purpose: Refiner<EventCandidate, EventContext> = {
  id: 'events/purpose',
  refine: (candidates, { text }) =>
    candidates.filter((c) => {
      const before = text.slice(Math.max(c.clause.start, c.trigger.start - PURPOSE_CHARS), c.trigger.start);
      if (!PURPOSE.test(before)) return true;
      return NAMED_OR_COUNTED.test(text.slice(c.trigger.end, Math.min(c.clause.end, c.trigger.end + OBJECT_CHARS)));
    }),
};
