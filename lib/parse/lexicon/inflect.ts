/**
 * Word forms generated from lemmas, so the lexicon lists "acquire" once and reads "acquires",
 * "acquired", "acquiring". Irregular verbs are listed; the rest follow English spelling rules.
 */
const IRREGULAR: Record<string, string[]> = {
  begin: ['began', 'begun'],
  break: ['broke', 'broken'],
  bring: ['brought'],
  buy: ['bought'],
  choose: ['chose', 'chosen'],
  come: ['came'],
  cut: ['cut'],
  draw: ['drew', 'drawn'],
  give: ['gave', 'given'],
  hold: ['held'],
  lay: ['laid'],
  leave: ['left'],
  lose: ['lost'],
  make: ['made'],
  put: ['put'],
  sell: ['sold'],
  set: ['set'],
  shut: ['shut'],
  spin: ['spun'],
  split: ['split'],
  take: ['took', 'taken'],
  win: ['won'],
  write: ['wrote', 'written'],
  become: ['became'],
  undertake: ['undertook', 'undertaken'],
  pay: ['paid'],
  repay: ['repaid'],
  prepay: ['prepaid'],
};

// One-syllable verbs ending consonant-vowel-consonant double it: plan, planned; ship, shipping.
const DOUBLES = /^(?:[^aeiou]*[aeiou])([bdgklmnprt])$/;
// Two-syllable verbs stressed on the last syllable double it too.
const DOUBLING_EXCEPTIONS = new Set(['split', 'begin', 'permit', 'forget', 'regret', 'commit', 'acquit', 'admit', 'submit', 'omit', 'refer', 'transfer', 'occur', 'incur', 'defer', 'compel', 'expel', 'propel', 'control', 'patrol', 'remit']);

function ending(base: string, suffix: 'ed' | 'ing' | 's'): string {
  if (suffix === 's') {
    if (/(?:s|x|z|ch|sh)$/.test(base)) return `${base}es`;
    if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
    return `${base}s`;
  }
  if (/[^aeiou]y$/.test(base)) return suffix === 'ed' ? `${base.slice(0, -1)}ied` : `${base}ing`;
  if (/ie$/.test(base)) return suffix === 'ed' ? `${base}d` : `${base.slice(0, -2)}ying`;
  if (/ee$/.test(base)) return suffix === 'ed' ? `${base}d` : `${base}ing`;
  if (/e$/.test(base)) return `${base.slice(0, -1)}${suffix}`;
  const doubled = DOUBLES.exec(base);
  if ((doubled && base.length <= 4 && !/w$|x$|y$/.test(base)) || DOUBLING_EXCEPTIONS.has(base)) return `${base}${base.slice(-1)}${suffix}`;
  return `${base}${suffix}`;
}

// Verbs of two syllables or more ending in one vowel and "l" double it in British spelling, as
// releases from everywhere write them: totalled, cancelling, labelled beside totaled, canceling.
const BRITISH_DOUBLE_L = /[^aeiou][aeiou]l$/;

function britishForms(base: string, suffixes: ('ed' | 'ing')[]): string[] {
  return base.length > 4 && BRITISH_DOUBLE_L.test(base) && !DOUBLING_EXCEPTIONS.has(base) ? suffixes.map((suffix) => `${base}l${suffix}`) : [];
}

/** Every form of a verb lemma; a phrasal verb ("lay off") inflects its first word. */
export function verbForms(lemma: string): string[] {
  const [head, ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const forms = [head!, ending(head!, 's'), ending(head!, 'ed'), ending(head!, 'ing'), ...(IRREGULAR[head!] ?? []), ...britishForms(head!, ['ed', 'ing'])];
  if (IRREGULAR[head!]) forms.splice(2, 1);
  return [...new Set(forms)].map((f) => `${f}${tail}`);
}

/** The past forms only: what a highlight bullet starts with ("Launched", "Teamed with"); participles too. */
export function pastForms(lemma: string): string[] {
  const [head, ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  return (IRREGULAR[head!] ?? [ending(head!, 'ed'), ...britishForms(head!, ['ed'])]).map((f) => `${f}${tail}`);
}

const PREPOSITIONS = new Set(['of', 'for', 'from', 'with', 'to', 'in', 'on', 'by']);

function plural(word: string): string {
  if (/(?:ss|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return /s$/.test(word) ? word : `${word}s`;
}

/** A noun and its plural: a compound ("credit facility") pluralises its head, the last word before any preposition ("orders from"). */
export function nounForms(lemma: string): string[] {
  const words = lemma.split(' ');
  let head = words.length - 1;
  while (head > 0 && PREPOSITIONS.has(words[head]!)) head--;
  const plurals = words.map((w, i) => (i === head ? plural(w) : w));
  return [...new Set([lemma, plurals.join(' ')])];
}
