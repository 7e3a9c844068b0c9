import type { Period } from '@/lib/domain/release';
import { daysBetween } from './calendar-math';
import { OPENING_CHARS, type Calendar, type StatedPeriod } from './fiscal';
import { findPeriodPhrases } from './phrases';
import { resolvePeriod } from './resolve';

// A release reports on a period that ended at most this long before it.
const MAX_LAG_DAYS = 460;

function recent(period: Period, anchor: string | null): boolean {
  if (!anchor) return true;
  const lag = daysBetween(period.end, anchor);
  return lag >= 0 && lag <= MAX_LAG_DAYS;
}

/**
 * The period a release reports on: the first "<length> ended <date>" near its start that ended
 * shortly before the release; else the first period its opening names ("fourth quarter"), placed
 * by the release date; else the first period it states anywhere.
 */
export function findPrimaryPeriod(text: string, stated: StatedPeriod[], calendar: Calendar, openingStart: number): Period | null {
  const opening = stated.find((p) => p.start < openingStart + OPENING_CHARS && recent(p, calendar.anchor));
  if (opening) return { end: opening.end, months: opening.months };
  const slice = text.slice(openingStart, openingStart + OPENING_CHARS);
  for (const phrase of findPeriodPhrases(slice, openingStart)) {
    if (phrase.prior) continue;
    const period = resolvePeriod(phrase, null, calendar);
    if (period && recent(period, calendar.anchor)) return period;
  }
  const first = stated[0];
  return first ? { end: first.end, months: first.months } : null;
}
