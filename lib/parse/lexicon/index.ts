import { SHARE_PASSIVE, SHARE_VERBS } from './customers';
import { EVENT_FRAMES } from './events';
import { nounForms, verbForms } from './inflect';

/** One word of the lexicon with every form it reads: "events/acquisition/acquire: acquire" → acquire, acquires, … */
export type LexiconEntry = { id: string; forms: string[] };

/**
 * Every trigger word the lexicon holds, one entry per lemma (however many frames read it): the
 * event frames' verbs and nouns and the customer share verbs. `npm run eval` counts the corpus
 * companies whose documents use each, so a word that only one company's document uses stands out.
 */
export function lexiconEntries(): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  const seen = new Set<string>();
  const push = (entry: LexiconEntry) => {
    const key = entry.forms.join('|');
    if (!seen.has(key)) entries.push(entry);
    seen.add(key);
  };
  for (const frame of EVENT_FRAMES) {
    for (const verb of frame.verbs ?? []) push({ id: `events/${frame.id}: ${verb}`, forms: verbForms(verb) });
    for (const noun of frame.nouns ?? []) push({ id: `events/${frame.id}: ${noun}`, forms: frame.singularNouns ? [noun] : nounForms(noun) });
  }
  for (const verb of SHARE_VERBS) push({ id: `customers/active: ${verb}`, forms: verbForms(verb) });
  for (const verb of SHARE_PASSIVE) push({ id: `customers/passive: ${verb}`, forms: [verb] });
  return entries;
}
