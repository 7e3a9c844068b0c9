import { daysBetween } from '../../periods';
import type { Refiner } from '../../rules';
import type { EventCandidate, EventContext } from '../candidate';

// A career told in a leadership release ("joined in 2011", "was named President in 2022") is background;
// so is any event told as history, years before the release.
const BACKGROUND_DAYS = 366;
const HISTORY_DAYS = 913;

function startOf(date: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
  if (quarter) return `${quarter[1]}-${String(Number(quarter[2]) * 3).padStart(2, '0')}-28`;
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-28` : date;
}

// A charge in the comparable period a year before the one reported ("1996 results include a
// charge", told in the 1997 release) explains last year's figure: it was news then.
const COMPARATIVE_DAYS = 300;
const COMPARED = new Set(['charge', 'impairment']);

/**
 * Leadership steps dated more than a year before the release are a biography; charges of the
 * prior year's comparable period, a comparison; other events over two and a half years old, history.
 * On a page of several releases, "the release" is the one the event is told in.
 */
export const background: Refiner<EventCandidate, EventContext> = {
  id: 'events/background',
  refine(candidates, { calendar, primary, anchorAt }) {
    // Without a release date, the latest day the events name stands for it.
    const latest = candidates.map((c) => c.date).filter((d): d is string => d !== null).map(startOf).sort().pop() ?? null;
    return candidates.filter((c) => {
      if (!c.date) return true;
      if (COMPARED.has(c.type) && primary && daysBetween(startOf(c.date), primary.end) > COMPARATIVE_DAYS) return false;
      const anchor = anchorAt(c.trigger.start) ?? calendar.anchor ?? latest;
      return !anchor || daysBetween(startOf(c.date), anchor) <= (c.type === 'leadership' ? BACKGROUND_DAYS : HISTORY_DAYS);
    });
  },
};
