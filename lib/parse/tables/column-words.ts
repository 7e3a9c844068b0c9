import { MONTH } from '../lexicon/calendar';

// Words that describe a column's period or basis; anything else in a header names a segment.
const NEUTRAL = new RegExp(
  String.raw`\b(?:${MONTH}|(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?|consolidated|total|as|reported|historical|actual|un-?audited|audited|gaap|fiscal|year|years|ended|ending|end|months?|weeks?|quarters?|first|second|third|fourth|1st|2nd|3rd|4th|q[1-4]|periods?|for|the|and|of|to|date|ytd|restated|note|in|thousands|millions|billions|dollars|except|per|share|data|amounts|three|six|nine|twelve|half|annual|current|prior|previous|comparable|combined|company|corporation|inc|results|statements?|operations|income|unaudited|change|percent|increase|decrease|pro|forma|adjusted|non|excluding|full|twelve|at|on|as of|fy)\b|[%*$(),.:;&/'’-]|\b[a-z]\b`,
  'gi',
);

/** What a column header says beyond period and basis: a segment name ("Sears Canada"), or null. */
export function segmentIn(header: string): string | null {
  const rest = header.replace(NEUTRAL, ' ').replace(/\s+/g, ' ').trim();
  return /[A-Za-z]{3,}/.test(rest) ? rest : null;
}
