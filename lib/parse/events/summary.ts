import { MONTHS } from '../lexicon/calendar';
import { anyOf } from '../lexicon/patterns';

const MAX_CHARS = 90;
// Words that open a clause but say nothing of the event.
const OPENERS =
  /^(?:(?:in\s+addition|additionally|also|further(?:more)?|moreover|meanwhile|separately|finally|as\s+(?:previously\s+)?(?:announced|reported|disclosed)(?:\s+on\s+\S+(?:\s+\S+)?)?|during\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:quarter|year|period|months)(?:\s+of\s+\S+)?|in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:quarter|half)(?:\s+of\s+\S+)?|in\s+(?:\w+\s+)?(?:19|20)\d{2}|on\s+\w+\.?\s+\d{1,2}(?:,\s*(?:19|20)\d{2})?)\s*,?\s+)+/i;
const ANNOUNCED_THAT = /^(?:[A-Z][\w&.,'’-]*(?:\s+[A-Z&][\w&.,'’-]*)*?|the\s+company|we)\s+(?:\([^)]*\)\s+)?(?:today\s+|also\s+|recently\s+)?(?:announced|reported|said|stated|disclosed)(?:\s+today)?\s+that\s+/i;
// "(NASDAQ:CSCO)", "(NYSE: TG)": where the company is listed says nothing of the event.
const LISTING = /\s*\([A-Za-z/ ]{2,30}:\s*[A-Z][A-Z.]{0,5}\),?/g;
const BULLET = /^[•·▪◦*–-]\s*/;
// "IRVING, Texas, Nov. 3 -- ", "(GREENSBORO - November 18, 1997) -- ", "NOVEMBER 1996 -- ", "HOUSTON,
// Sept. 19 /PRNewswire/ -- ", "SAN JOSE, Calif.--(BUSINESS WIRE)--": a dateline before the story: a
// place of capitalised words, then a date and a dash, or a wire service between dashes.
// Capitalised or in capitals ("NOVEMBER 1996 --"): the rest of the pattern tells a place by its capitals.
const MONTH_WORD = String.raw`${anyOf(Object.keys(MONTHS).flatMap((m) => [m[0]!.toUpperCase() + m.slice(1), m.toUpperCase()]))}\.?`;
const PLACE = String.raw`(?:(?:[A-Z(][\w.'’()/]*|-)[\s,]*){0,6}?`;
// "(GAINESVILLE, GA) - ", "Jersey City, New Jersey-- ": a place alone before the dash, told by its comma.
const PLACE_NAME = String.raw`(?:\([A-Z][\w.'’ ]*,\s*[A-Z][\w.'’ ]*\)|[A-Z][\w.'’/]*(?:\s+[A-Z][\w.'’/]*){0,3},\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})`;
const DATELINE = new RegExp(
  String.raw`^${PLACE}(?:\b${MONTH_WORD}\s+(?:\d{1,2}(?:,?\s*(?:19|20)\d{2})?|(?:19|20)\d{2})\s*\)?\s*(?:\/[A-Za-z -]+\/\s*)?(?:--|[-—–])|--\s*\([A-Z][A-Z ]+\)[^-]{0,30}?--)\s*|^${PLACE_NAME}\s*(?:--|[-—–])\s*(?:\([A-Z][A-Z ]+\)\s*)?`,
);

// "it has been selected", "they have signed": the company reporting of itself, and the auxiliary.
const OWN_DOING = /^(?:it|they)\s+(?:(?:has|have|had)\s+(?:been\s+)?)?/i;

/**
 * "Acme Corp. announced that it has sold its pump unit" reads "Sold its pump unit": the report is
 * the company's own, so its name and the reporting verb leave room for what tells events apart.
 */
function withoutReporting(text: string): string {
  const m = ANNOUNCED_THAT.exec(text);
  if (!m) return text;
  return text.slice(m[0].length).replace(OWN_DOING, '');
}

/** How many characters of a clause a dateline before the story takes ("AUSTIN, Texas, March 10 -- "): 0 when none. */
export function datelineLength(clause: string): number {
  const lead = clause.length - clause.trimStart().length;
  const m = DATELINE.exec(clause.slice(lead));
  return m ? lead + m[0].length : 0;
}

/** A short line for an event, from the words of its clause: openers dropped, cut at a word. */
export function summarise(clause: string): string {
  let text = clause.replace(/\s+/g, ' ').trim().replace(BULLET, '').replace(DATELINE, '').replace(LISTING, '');
  text = withoutReporting(text.replace(OPENERS, '')).replace(/[.;:,]+$/, '').trim();
  if (text.length > 0) text = text[0]!.toUpperCase() + text.slice(1);
  if (text.length <= MAX_CHARS) return text;
  const cut = text.slice(0, MAX_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/, '')}…`;
}
