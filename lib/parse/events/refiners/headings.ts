import type { Refiner } from '../../rules';
import type { EventCandidate, EventContext } from '../candidate';

// A heading reads as a title: no closing stop, and most of its words capitalised.
const CLOSED = /[.!?:;"”’)]\s*$/;
const CAPITALISED_SHARE = 0.6;

/** Whether a sentence is a heading or a headline ("Acme Appoints Jane Roe Chief Financial Officer"). */
export function isHeading(text: string): boolean {
  if (CLOSED.test(text) || text.length > 200) return false;
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && w.length > 3);
  if (words.length < 2) return false;
  return words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= CAPITALISED_SHARE;
}

// A line of its own without a closing stop and of a few words is a title or a link ("Board raises dividend (Aug. 27, 1997)").
const LINK_WORDS = 14;
const BULLET = /^[•·▪◦●■►➢*-]/;

// An index of links dates each: "Board raises dividend (Aug. 27, 1997)", "… (11/19/97)".
const DATED_LINK = /\((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})\)\s*$/;

function standsAlone(c: EventCandidate): boolean {
  const { text } = c.sentence;
  if (DATED_LINK.test(text) && text.split(/\s+/).length <= LINK_WORDS) return true;
  return c.previous === null && c.next === null && !CLOSED.test(text) && !BULLET.test(text) && text.split(/\s+/).length <= LINK_WORDS;
}

/** Headlines, subheads, links and page furniture retell what the body tells: no events there. */
export const headings: Refiner<EventCandidate, EventContext> = {
  id: 'events/headings',
  refine: (candidates) => candidates.filter((c) => !isHeading(c.sentence.text) && !standsAlone(c)),
};
