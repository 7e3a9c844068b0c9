import type { Refiner } from '../../rules';
import type { EventCandidate, EventContext } from '../candidate';
import { matchesOf } from '../../text/regex';

// Opening and closing quotation marks: curly, straight, and the `` '' of old wire copy.
const QUOTE_MARK = /``|''|[“”"]/g;
const FIRST_PERSON = /(?:^|[\s“"(])(?:I|I['’]m|I['’]ve|my)\s/;
const ATTRIBUTION = /\b(?:said|says|stated|states|commented|added|noted|remarked|explained)\b/i;

/** Stretches of a sentence inside quotation marks, as offsets into the release text. */
function quotedSpans(text: string, offset: number): [number, number][] {
  const spans: [number, number][] = [];
  let open: number | null = null;
  for (const m of matchesOf(QUOTE_MARK, text)) {
    const opening = m[0] === '“' || m[0] === '``' || (m[0] === '"' && open === null);
    if (open === null && opening) open = m.index;
    else if (open !== null && !opening) {
      spans.push([offset + open, offset + m.index]);
      open = null;
    }
  }
  // A quotation that runs on past its sentence ("…," said the chief executive. "We are…").
  if (open !== null) spans.push([offset + open, offset + text.length]);
  return spans;
}

/**
 * What an executive says in a quotation praises, explains or looks ahead; the release tells its
 * events in its own voice. A trigger inside quotation marks, in a sentence that attributes them
 * (or next to one that does), is no event.
 */
export const quotes: Refiner<EventCandidate, EventContext> = {
  id: 'events/quotes',
  refine(candidates) {
    // A sentence's quotations are found once, however many candidates it holds.
    const spans = new Map<number, [number, number][]>();
    const quotedIn = (text: string, start: number) => {
      let found = spans.get(start);
      if (!found) spans.set(start, (found = quotedSpans(text, start)));
      return found;
    };
    return candidates.filter((c) => {
      const { text, start } = c.sentence;
      // A release speaks of itself in the third person: "I" is somebody quoted, marks or no marks.
      if (FIRST_PERSON.test(text)) return false;
      const attributed = ATTRIBUTION.test(text) || ATTRIBUTION.test(c.next?.text ?? '') || ATTRIBUTION.test(c.previous?.text ?? '');
      if (!attributed) return true;
      return !quotedIn(text, start).some(([from, to]) => from <= c.trigger.start && c.trigger.start < to);
    });
  },
};
