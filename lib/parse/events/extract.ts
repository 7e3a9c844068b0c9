import type { ReleaseEvent } from '@/lib/domain/release';
import { refine, type Refiner } from '../rules';
import type { Sentence } from '../prose/sentences';
import type { EventCandidate, EventContext } from './candidate';
import { EventReader } from './read';
import { datelineLength, summarise } from './summary';

/**
 * Dated events (contract expirations, impairments, restructurings, defaults, relocations,
 * orders, settlements and the rest of the contract's types): the lexicon's frames read in every
 * sentence, then the refiners drop boilerplate, negations and causes, give words two types
 * read to the more specific one, and merge retellings into one event per happening.
 */
export function extractEvents(paragraphs: Sentence[][], context: EventContext, refiners: readonly Refiner<EventCandidate, EventContext>[]): ReleaseEvent[] {
  const reader = new EventReader(context);
  const candidates = paragraphs.flatMap((sentences) => reader.read(sentences));
  // Summaries are written for the events that stay, not for every candidate.
  return refine(candidates, refiners, context).map(({ type, date, summary, amount, source: clause, rule }) => {
    // The words of the event start after a dateline its clause opens with.
    const source = { start: clause.start + datelineLength(context.text.slice(clause.start, clause.end)), end: clause.end };
    return { type, date, summary: summary || summarise(context.text.slice(source.start, source.end)), amount, source, rule };
  });
}
