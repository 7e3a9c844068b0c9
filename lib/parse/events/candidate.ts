import type { Period, ReleaseEvent, Source } from '@/lib/domain/release';
import type { EventType } from '../lexicon/events';
import type { Calendar } from '../periods';
import type { Sentence } from '../prose/sentences';

/** What the event rules read with: the release's calendar and where its prose is. */
export type EventContext = {
  text: string;
  calendar: Calendar;
  /** The period the release reports on: "the quarter" without more words is this one. */
  primary: Period | null;
  /** Stretches where no event is told: the headline (a retelling), "About <Company>", the safe harbor. */
  skip: Source[];
  /** The day "today" is at an offset: the dateline above it (a page may hold several releases). */
  anchorAt: (at: number) => string | null;
  /** Words of the company's own name: they name no party an event is about. */
  companyWords: Set<string>;
};

/** An event as a rule first reads it, before the refiners merge, drop or retype it. */
export type EventCandidate = Omit<ReleaseEvent, 'source'> & {
  type: EventType;
  /** Where the words that report it are: the trigger ("acquired"), its clause, its sentence. */
  trigger: Source;
  clause: Source;
  sentence: Sentence;
  /** The sentences around it in its paragraph, for dates told next door. */
  previous: Sentence | null;
  next: Sentence | null;
  /** The trigger word is a noun or a verb form ("the acquisition of", "acquired"). */
  form: 'verb' | 'noun';
  /** Told as a reference ("the divested business"): it only adds to an event told in its own words. */
  reference: boolean;
  /** The one party of a list it was split from ("partnerships with A, B and C"): parties differ, events differ. */
  party?: string;
  /** An item of a list (a bullet, a line of its own, a paragraph of one sentence): items tell different things. */
  listItem: boolean;
  /** Its date is the one its type's cue gives ("payable on", "effective"), not just the nearest. */
  cued: boolean;
  /** Told in a note under a table or text ("(1) Includes the sale of …"): it retells, unless it is the only telling. */
  footnote: boolean;
  source: Source;
};
