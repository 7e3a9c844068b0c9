import { MONTHS } from '../../lexicon/calendar';
import { OBJECTS, type EventType } from '../../lexicon/events';
import { touchedBy, type Refiner } from '../../rules';
import type { EventCandidate, EventContext } from '../candidate';
import { overlaps } from '../dates-overlap';
import { matchesOf } from '../../text/regex';

// A retelling nearby, without a new date, adds nothing.
const NEARBY_CHARS = 400;
// Types a release tells of once: a second telling anywhere with an agreeing date is the same one.
const ONCE: ReadonlySet<EventType> = new Set(['stock_split', 'filing', 'restatement', 'listing', 'buyback']);
// Capitalised words that name what an event is about ("Halkey-Roberts", "Siemens"); not sentence openers.
const NAME = /(?<=\s)[A-Z][\w&'’-]*[a-z][\w&'’-]*|\b[A-Z]{2,}[\w&-]*/g;
// Titles and the words around them are capitalised but name nobody.
const TITLE_WORDS = OBJECTS.title!.flatMap((t) => t.split(' ')).map((w) => w[0]!.toUpperCase() + w.slice(1));
const COMMON = new Set([...TITLE_WORDS, 'Vice', 'Senior', 'Regional', 'Executive', 'Group', 'Division', 'Independent', 'Lead', 'Interim', 'The', 'Company', 'Board', 'Directors', 'Inc', 'Corporation', 'Corp', 'Fiscal', 'GAAP', 'In', 'On', 'For', 'Chief', 'Executive', 'Officer', 'Financial', 'President', 'Chairman', 'We', 'Our', 'U.S', 'US', 'CEO', 'CFO', 'NYSE', 'NASDAQ', 'Nasdaq', 'Quarter', 'Year']);

// Names are read around the trigger, where its object stands, not across the whole clause.
const NAME_BEFORE = 40;
const NAME_AFTER = 90;

function namesOf(c: EventCandidate, text: string, company: Set<string>): Set<string> {
  const clause = text.slice(Math.max(c.clause.start, c.trigger.start - NAME_BEFORE), Math.min(c.clause.end, c.trigger.end + NAME_AFTER));
  return new Set(matchesOf(NAME, clause).map((m) => m[0].replace(/['’]s$/, '')).filter((n) => !COMMON.has(n) && !company.has(n) && MONTHS[n.toLowerCase()] === undefined));
}

function compatibleDates(a: EventCandidate, b: EventCandidate): boolean {
  return a.date === null || b.date === null || overlaps(a.date, b.date);
}

type Names = Map<EventCandidate, Set<string>>;

// One shared name is enough when it is a word of its own ("Siemens", "Durcan"); acronyms ("RTX",
// "AI") recur across a release's items, so two of them are needed.
function sharesName(a: EventCandidate, b: EventCandidate, names: Names): boolean {
  const other = names.get(b)!;
  let shared = 0;
  for (const n of names.get(a)!) {
    if (!other.has(n)) continue;
    if (++shared >= 2 || (n.length >= 4 && /[a-z]/.test(n))) return true;
  }
  return false;
}

function sameHappening(a: EventCandidate, b: EventCandidate, names: Names): boolean {
  if (a.type !== b.type || (a.party !== undefined && b.party !== undefined && a.party !== b.party)) return false;
  if (a.sentence !== b.sentence && a.date === null && b.date === null && a.listItem && b.listItem) return false;
  // "the divested businesses": a reference joins the event it refers to, whatever date its sentence gives.
  if (b.reference && sharesName(a, b, names)) return true;
  if (!compatibleDates(a, b)) return false;
  // Two tellings that each name a party, and none the same, are two happenings.
  const distinct = names.get(a)!.size > 0 && names.get(b)!.size > 0 && ![...names.get(a)!].some((n) => names.get(b)!.has(n));
  // "an impairment charge of $6.4 million including a goodwill write-down of $6.1 million": one clause, one thing.
  if (a.clause.start === b.clause.start) return !distinct;
  if (a.amount !== null && b.amount !== null && a.amount !== b.amount) return false;
  if (sharesName(a, b, names) || ONCE.has(a.type)) return true;
  if (distinct) return false;
  return Math.abs(b.sentence.start - a.sentence.end) < NEARBY_CHARS || Math.abs(a.sentence.start - b.sentence.end) < NEARBY_CHARS;
}

function absorb(first: EventCandidate, c: EventCandidate, names: Names): void {
  if (!c.reference) {
    // "…payable September 16": a retelling's date its type's cue gives beats a date that is only the nearest.
    if (c.cued && !first.cued && c.date !== null) [first.date, first.cued] = [c.date, true];
    else if (first.date === null && c.date !== null) first.date = c.date;
    else if (first.date !== null && c.date !== null && c.date.length > first.date.length && overlaps(first.date, c.date)) first.date = c.date;
  }
  if (first.amount === null && c.amount !== null) first.amount = c.amount;
  for (const n of names.get(c)!) names.get(first)!.add(n);
  first.rule = touchedBy(first.rule, 'events/retellings');
}

/**
 * One event per happening, however often it is told: the same type with dates that can agree,
 * in one clause, about the same named party, or told again nearby. The first telling stays and
 * takes a date or an amount a retelling adds; a note under a table joins an event of its type;
 * references ("the divested businesses") only join the event they refer to, and one that refers
 * to nothing told stays only if it names its party.
 */
export const retellings: Refiner<EventCandidate, EventContext> = {
  id: 'events/retellings',
  refine(candidates, { text, companyWords }) {
    const names: Names = new Map(candidates.map((c) => [c, namesOf(c, text, companyWords)]));
    const kept: EventCandidate[] = [];
    const told = candidates.filter((c) => !c.reference && !c.footnote);
    const ordered = [...told, ...candidates.filter((c) => c.footnote && !c.reference), ...candidates.filter((c) => c.reference)];
    for (const c of ordered) {
      // A note retells an event of its type the text tells, whatever its words.
      // Of a type a release tells of once, whatever date the note gives ("restated for the split declared in July, paid in September").
      const first = kept.find((k) => sameHappening(k, c, names) || (c.footnote && k.type === c.type && (compatibleDates(k, c) || ONCE.has(c.type))));
      if (first) absorb(first, c, names);
      else if (!c.reference) kept.push(c);
      else if (names.get(c)!.size > 0 && (c.type === 'acquisition' || c.type === 'divestiture')) kept.push({ ...c, date: null });
    }
    return kept.sort((a, b) => a.trigger.start - b.trigger.start);
  },
};
