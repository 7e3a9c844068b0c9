import type { Source } from '@/lib/domain/release';
import { EVENT_FRAMES, TRIGGER_IDIOMS, type EventFrame } from '../lexicon/events';
import { nounForms, pastForms, verbForms } from '../lexicon/inflect';
import { CUSTOMER_NOUNS } from '../lexicon/customers';
import { anyOf, trieOf } from '../lexicon/patterns';
import type { Rule } from '../rules';
import { clauseAt } from './clauses';
import { hasObject, nameBefore, objectNoun } from './objects';

/** A trigger word found in a sentence, with the frame it may report. */
export type FrameHit = {
  frame: EventFrame;
  form: 'verb' | 'noun';
  start: number;
  end: number;
  /** "the previously announced plan", "the divested business": a reference to an event told elsewhere. */
  reference: boolean;
};

type Entry = { frame: EventFrame; form: 'verb' | 'noun'; past: boolean; lemma: boolean; gerund: boolean };

function normalise(words: string): string {
  return words.toLowerCase().replace(/[\s-]+/g, ' ');
}

// Every form of every lemma, to the frames it reads: one scan per sentence finds them all.
const INDEX = new Map<string, Entry[]>();
for (const frame of EVENT_FRAMES) {
  const add = (form: string, entry: Omit<Entry, 'frame'>) => {
    const key = normalise(form);
    INDEX.set(key, [...(INDEX.get(key) ?? []), { frame, ...entry }]);
  };
  for (const lemma of frame.verbs ?? []) {
    const past = new Set(pastForms(lemma).map(normalise));
    for (const form of verbForms(lemma)) {
      const key = normalise(form);
      add(form, { form: 'verb', past: past.has(key), lemma: key === normalise(lemma), gerund: /^\S+ing\b/.test(key) && !/^\S+ing\b/.test(normalise(lemma)) });
    }
  }
  for (const noun of frame.nouns ?? []) for (const form of frame.singularNouns ? [noun] : nounForms(noun)) add(form, { form: 'noun', past: false, lemma: false, gerund: false });
}
const TRIGGERS = new RegExp(String.raw`(?<![\w-])${trieOf(INDEX.keys())}(?![\w-])`, 'gi');

// How far from its trigger an object may stand: the head of the verb's object comes within a few
// words; a title comes after a person's name and whence they come ("the appointment of Jane K. Roe
// of Delta Systems, Inc. as president"), so further.
const AFTER_CHARS = 90;
const OBJECT_WORDS = 7;
const TITLE_WORDS = 12;

// A sum is one word of the object's phrase: "an additional $60.0 billion in share repurchase authorization".
const WORD = String.raw`(?:\$\s?[\d.,]+\s+(?:thousand|million|billion|trillion)\b|\S+)`;
const wordsPattern = (count: number) => new RegExp(String.raw`^\s*(?:${WORD}\s+){0,${count - 1}}${WORD}`);
const FIRST_WORDS = wordsPattern(OBJECT_WORDS);
const TITLE_REACH = wordsPattern(TITLE_WORDS);

function firstWords(text: string, pattern: RegExp): string {
  const m = pattern.exec(text);
  return m ? m[0] : text;
}
const BEFORE_CHARS = 150;
// "…businesses divested in", "the lease expired": an object right before a past form is its subject.
const RIGHT_BEFORE_CHARS = 35;
// A noun's object before it is its modifier: "contract termination", "plant closure".
const NOUN_BEFORE_CHARS = 18;
const ISSUER_BEFORE = /\b(?:The|the)\s+Company\s*$|\b(?:We|we)\s*$/;
const NEGATION = /\b(?:not|n['’]t|never|no\s+longer|declined\s+to|elected\s+not\s+to|chose\s+not\s+to|decided\s+not\s+to)\s+(?:\w+\s+){0,2}$/i;
const AUXILIARY = /\b(?:was|were|been|be|being|is|are|had|has|have)\s+(?:not\s+)?(?:\w+ly\s+)?$/i;
const DETERMINER = /(?:\b(?:the|a|an|its|our|their|this|these|that|his|her|any|each)|['’]s)\s+(?:(?:previously|recently|newly|already|since|just|long|once)\s+)?$/i;
const GERUND_AS_NOUN = /\b(?:the|a|an|its|our|their|this|any|further|continued|ongoing|subsequent)\s+(?:[\w-]+\s+)?$/i;
const OPENERS = /^(?:[•·▪◦*–-]\s*)?(?:(?:in\s+addition|also|additionally|further|separately)\s*,?\s*)?$/i;
const COUNT = /^\s*(?:approximately\s+|about\s+|over\s+|nearly\s+)?\d/i;
const REPORTING = /^announc/i;
// "end customers", "end users", "end markets": "end" as a modifier of the noun after it.
const END_MODIFIES = new RegExp(String.raw`^\s+(?:${anyOf(CUSTOMER_NOUNS)}|users?|markets?|consumers?|products?)s?\b`, 'i');
const BUYER_SUBJECT = new RegExp(String.raw`\b${anyOf(CUSTOMER_NOUNS.flatMap((n) => [n, `${n}s`]))}\s+(?:(?:which|who|that)\s+)?(?:have\s+|had\s+)?$`, 'i');

/** "divested businesses", "acquired companies": a participle right before its object noun is an adjective. */
function modifiesNoun(entry: Entry, after: string): boolean {
  const next = /^\s+([a-z][\w-]*)/.exec(after)?.[1];
  return next !== undefined && (entry.frame.objects ?? []).some((group) => objectNoun(group, next));
}

export type FramesContext = {
  sentence: string;
  /** The sentence's clauses, as offsets into it, in order. */
  clauses: readonly Source[];
  /** Frames whose object this sentence has already met: "retired $600 million of debt … and expects to retire another $200 million". */
  met: Set<string>;
  /** The period phrases the period reader found in the sentence, as offsets into it: "the year ended December 31". */
  periods: readonly Source[];
};

/** Whether a capitalised word is a verb here: only a past form opening a bullet ("Launched …"); elsewhere it is a headline's or a name's. */
function casingAllows(entry: Entry, word: string, start: number, clause: Source, sentence: string): boolean {
  if (entry.form !== 'verb' || !/^[A-Z]/.test(word)) return true;
  return entry.past && OPENERS.test(sentence.slice(clause.start, start));
}

/** The last words of a text, up to `chars` characters, cut where a word starts (so "this" never reads as "is"). */
function lastWords(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.length - chars;
  if (/\s/.test(text[cut - 1]!)) return text.slice(cut);
  const space = text.slice(cut).search(/\s/);
  return space < 0 ? text : text.slice(cut + space + 1);
}

// The end-anchored tests read only what they can match: an auxiliary and an adverb, a name of a few words.
const AUXILIARY_CHARS = 40;
const NAME_CHARS = 80;

/** Whether the frame's needs are met around a trigger at [start, end) of the sentence. */
function fits(entry: Entry, m: RegExpExecArray, { sentence, clauses, met, periods }: FramesContext): boolean {
  const { frame, form } = entry;
  const start = m.index;
  const end = start + m[0].length;
  const clause = clauseAt(clauses, start);
  if (!casingAllows(entry, m[0], start, clause, sentence)) return false;
  const before = sentence.slice(Math.max(clause.start, start - BEFORE_CHARS), start);
  // "the quarter ended December 31": a word of a period phrase ("the lease, which ends on March 31" is none).
  if (periods.some((p) => p.start <= start && end <= p.end)) return false;
  if (TRIGGER_IDIOMS.test(sentence.slice(Math.max(0, start - 12), end + 6))) return false;
  if (entry.form === 'verb' && /^end$/i.test(m[0]) && END_MODIFIES.test(sentence.slice(end, end + 30))) return false;
  // "The increase in …", "the subsequent restructuring of …", "their purchases": a bare lemma, a
  // gerund or an -s form after a determiner is a noun.
  if ((entry.lemma || (entry.form === 'verb' && !entry.past && /s$/i.test(m[0]))) && DETERMINER.test(before.slice(-30))) return false;
  if (entry.gerund && GERUND_AS_NOUN.test(before.slice(-40))) return false;
  // "Strategic partnership with Dassault …": a clause-opening noun may have its adjectives.
  if (frame.nounsOpenClause && form === 'noun' && !OPENERS.test(sentence.slice(clause.start, start).replace(/(?:[A-Za-z-]+\s+){1,2}$/, ''))) return false;
  if (frame.negated !== undefined && frame.negated !== NEGATION.test(sentence.slice(Math.max(0, start - 40), start))) return false;
  const needsObject = frame.objects && (form === 'verb' || frame.nounsNeedObject);
  if (!needsObject) return true;
  const after = firstWords(sentence.slice(end, Math.min(clause.end, end + AFTER_CHARS)), frame.objects!.includes('title') ? TITLE_REACH : FIRST_WORDS);
  if (frame.noCount && COUNT.test(after)) return false;
  if (frame.namedSubject && !nameBefore(lastWords(before, NAME_CHARS))) return false;
  // "customers which purchased …", "buyers that acquired …": buyers of the company's goods, not the company.
  if (frame.companyActs && form === 'verb' && BUYER_SUBJECT.test(before.slice(-40))) return false;
  const passive = form === 'verb' && (frame.subject || AUXILIARY.test(lastWords(before, AUXILIARY_CHARS)));
  // "The Company purchased …": the issuer before a past form is its subject, never its object.
  const postNominal = entry.past && frame.postNominal && !ISSUER_BEFORE.test(before);
  const lookBefore = passive ? before : form === 'noun' ? before.slice(-NOUN_BEFORE_CHARS) : postNominal ? before.slice(-RIGHT_BEFORE_CHARS) : '';
  const rest = form === 'verb' && REPORTING.test(m[0]) ? sentence.slice(end, clause.end) : null;
  if (hasObject(frame.objects!, after, lookBefore, rest)) {
    met.add(frame.id);
    return true;
  }
  return form === 'verb' && met.has(frame.id);
}

// "the previously announced order", "its recently completed merger with": a noun told before, but
// "Acme recently announced the promotion of …" is news; "since its initial public offering": one
// that time is counted from.
const TOLD_BEFORE = /\b(?:previously|already|earlier)[-\s]+(?:announced|disclosed|reported|completed|agreed)\s+(?:[\w-]+\s+)?$|(?:\b(?:the|a|an|its|our|their)|['’]s)\s+recently[-\s]+(?:announced|disclosed|reported|completed|agreed)\s+(?:[\w-]+\s+)?$|\bsince\s+(?:its|the|our|their|the\s+company['’]s)\s+(?:[\w-]+\s+)?$/i;

/** Whether a trigger refers to an event told elsewhere: "the divested business", "the previously announced sale". */
function isReference(entry: Entry, before: string, after: string): boolean {
  if (entry.form === 'noun') return TOLD_BEFORE.test(before);
  // "the divested business" is told elsewhere; "was elected chairman" is a passive, told here.
  return entry.form === 'verb' && entry.past && (DETERMINER.test(before) || (!AUXILIARY.test(before) && modifiesNoun(entry, after)));
}

/**
 * The lexicon's event frames as one rule: a verb or noun of an event type, with the object the
 * frame needs standing near it ("sold its Lone Star business", "the lease expired"). The context
 * is the sentence, the clause bounds of each offset, and the frames the sentence has met.
 */
export const FRAMES_RULE: Rule<FrameHit, FramesContext> = {
  id: 'events/frames',
  pattern: TRIGGERS,
  read(m, context) {
    const entries = INDEX.get(normalise(m[0])) ?? [];
    const start = m.index;
    const before = context.sentence.slice(Math.max(0, start - 40), start);
    return entries
      .filter((e) => fits(e, m, context))
      .map((e) => ({ frame: e.frame, form: e.form, start, end: start + m[0].length, reference: isReference(e, before, context.sentence.slice(start + m[0].length)) }));
  },
};
