import { monthNumber } from '../lexicon/calendar';
import { LEGAL_FORM_AFTER_COMMA } from '../lexicon/companies';
import { findDates } from '../periods';
import type { EventCandidate } from './candidate';
import { summarise } from './summary';
import { matchesOf } from '../text/regex';

// A name as a release writes one: capitalised words, "&" and "of" between ("Johnson & Johnson MedTech"),
// and a legal form after a comma ("American Life Holdings, Inc.").
const NAME = String.raw`[A-Z][\w&.'’-]*(?:\s+(?:&\s+)?[A-Z0-9][\w&.'’-]*)*(?:,\s+${LEGAL_FORM_AFTER_COMMA})?`;
const ITEM = String.raw`${NAME}(?:\s*\([^)]{1,40}\))?`;
// "with AWS, Google Cloud, Microsoft and Oracle", "of Transport Holdings Inc. (December 1996), … and Pioneer Financial".
const LIST = new RegExp(String.raw`^\s*(?:with|of|including|:)?\s*(?:[a-z][\w’'-]*\s+){0,5}?((${ITEM})(?:\s*,\s*${ITEM})*\s*,?\s+and\s+${ITEM})`);
const ONE = new RegExp(ITEM, 'g');
const PLURAL = /\b(?:partnerships|collaborations|alliances|agreements|acquisitions|divestitures|contracts|ventures)\b/i;
const SPLITS = new Set<EventCandidate['type']>(['partnership', 'acquisition', 'divestiture', 'contract_award']);
const MIN_NAMES = 3;
// Types whose one event may have several parties: only a plural noun ("partnerships with …") makes one each.
const JOINT = new Set<EventCandidate['type']>(['partnership', 'contract_award']);

/**
 * One event per party where a release lists several: "partnerships with IQVIA, Illumina and Mayo
 * Clinic" are three, "acquisitions of A (December 1996) and B (March 1997)" two, each dated by its
 * own bracket, "acquired A, B and C" three. Partners after a verb or a singular noun ("teamed
 * with Ansys and DCAI", "a collaboration with A, B and C") make one joint event.
 */
export function splitParties(candidate: EventCandidate, text: string): EventCandidate[] {
  if (!SPLITS.has(candidate.type)) return [candidate];
  const after = text.slice(candidate.trigger.end, candidate.clause.end);
  const m = LIST.exec(after);
  if (!m) return [candidate];
  const listAt = candidate.trigger.end + m.index + m[0].indexOf(m[1]!);
  const names = matchesOf(ONE, m[1]!).map((n) => ({ text: n[0], at: listAt + n.index }));
  const plural = PLURAL.test(text.slice(candidate.trigger.start, listAt));
  // The word that joins the event to its parties, as written: "partnerships with", "acquisitions of".
  const joiner = /\b(with|of|including)\b(?![\s\S]*\b(?:with|of|including)\b)/i.exec(text.slice(candidate.trigger.start, listAt))?.[1]?.toLowerCase() ?? 'with';
  // "began working with A, B and C": one collaboration of several partners; "acquired A, B and C": three deals;
  // "stakes in A (September 1996) and B (December 1996)": each dated on its own, so two.
  const dated = names.filter((n) => monthOf(/\(([^)]+)\)\s*$/.exec(n.text)?.[1] ?? '') !== null).length;
  if (names.length < 2 || (!plural && dated < names.length && (JOINT.has(candidate.type) || names.length < MIN_NAMES))) return [candidate];
  return names.map(({ text: name, at }) => {
    const own = findDates(name)[0];
    const bracket = /\(([^)]+)\)/.exec(name)?.[1];
    return {
      ...candidate,
      date: own?.iso ?? (bracket ? monthOf(bracket) : null) ?? candidate.date,
      summary: `${summarise(text.slice(candidate.clause.start, candidate.clause.end)).split(/\s+(?:with|of|including)\s+/)[0]!.slice(0, 50)} ${joiner} ${name.replace(/\s*\([^)]*\)$/, '')}`.slice(0, 90),
      trigger: { start: at, end: at + name.length },
      party: name,
    };
  });
}

/** "December 1996" as "1996-12". */
function monthOf(text: string): string | null {
  const m = /^(\S+)\s+((?:19|20)\d{2})$/.exec(text);
  const month = m ? monthNumber(m[1]!) : 0;
  return month ? `${m![2]}-${String(month).padStart(2, '0')}` : null;
}
