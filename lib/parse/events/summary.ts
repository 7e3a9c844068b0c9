const MAX_CHARS = 90;
// Words that open a clause but say nothing of the event.
const OPENERS =
  /^(?:(?:in\s+addition|additionally|also|further(?:more)?|moreover|meanwhile|separately|finally|as\s+(?:previously\s+)?(?:announced|reported|disclosed)(?:\s+on\s+\S+(?:\s+\S+)?)?|during\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:quarter|year|period|months)(?:\s+of\s+\S+)?|in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:quarter|half)(?:\s+of\s+\S+)?|in\s+(?:\w+\s+)?(?:19|20)\d{2}|on\s+\w+\.?\s+\d{1,2}(?:,\s*(?:19|20)\d{2})?)\s*,?\s+)+/i;
const ANNOUNCED_THAT = /^(?:[A-Z][\w&.,'’-]*(?:\s+[A-Z&][\w&.,'’-]*)*|the\s+company|we)\s+(?:\([^)]*\)\s+)?(?:today\s+|also\s+)?(?:announced|reported|said|stated|disclosed)(?:\s+today)?\s+that\s+/i;
const BULLET = /^[•·▪◦*–-]\s*/;
// "IRVING, Texas, Nov. 3 -- ", "(GREENSBORO - November 18, 1997) -- ": a dateline before the story.
const DATELINE = /^[^a-z]{0,80}?\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s*(?:19|20)\d{2})?\s*\)?\s*(?:--|[-—–])\s*/;

/** A short line for an event, from the words of its clause: openers dropped, cut at a word. */
export function summarise(clause: string): string {
  let text = clause.replace(/\s+/g, ' ').trim().replace(BULLET, '').replace(DATELINE, '');
  text = text.replace(OPENERS, '').replace(ANNOUNCED_THAT, '').replace(/[.;:,]+$/, '').trim();
  if (text.length > 0) text = text[0]!.toUpperCase() + text.slice(1);
  if (text.length <= MAX_CHARS) return text;
  const cut = text.slice(0, MAX_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/, '')}…`;
}
