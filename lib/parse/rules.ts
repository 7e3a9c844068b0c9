/**
 * The two shapes every reader of the parser is made of, after chrono-node: a Rule reads one form
 * of words into a result, a Refiner takes all results of a kind and merges, drops or corrects them.
 * Each result names the rule that made it and the refiners that changed it, so a wrong fact can
 * be traced to the code that produced it.
 */
export type Rule<T, C> = {
  /** Stable id, written into every fact the rule makes ("events/verb-object", "periods/ended"). */
  id: string;
  /** A quick test every match passes: texts without it skip the (slower) pattern. */
  cue?: RegExp;
  /** Global pattern for the form the rule reads. */
  pattern: RegExp;
  /** What the match says: one result, several (a word two frames read), or none. */
  read(match: RegExpExecArray, context: C): T | T[] | null;
};

export type Refiner<T, C> = {
  id: string;
  refine(items: T[], context: C): T[];
};

/** Every result of one rule over a text, in order. */
export function runRule<T, C>(rule: Rule<T, C>, text: string, context: C): T[] {
  return collect(rule, text, context, []);
}

/** Adds a rule's results over a text to `out`: one array for all the rules a text is read by. */
function collect<T, C>(rule: Rule<T, C>, text: string, context: C, out: T[]): T[] {
  if (rule.cue && !rule.cue.test(text)) return out;
  const { pattern } = rule;
  pattern.lastIndex = 0;
  // exec, not matchAll: matchAll clones the RegExp on every call, and rules run per sentence.
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex++;
    const result = rule.read(m, context);
    if (Array.isArray(result)) for (const r of result) out.push(r);
    else if (result !== null) out.push(result);
  }
  return out;
}

/** Every result of a list of rules, in rule order. */
export function runRules<T, C>(rules: readonly Rule<T, C>[], text: string, context: C): T[] {
  const out: T[] = [];
  for (const rule of rules) collect(rule, text, context, out);
  return out;
}

/** Results passed through each refiner in turn. */
export function refine<T, C>(items: T[], refiners: readonly Refiner<T, C>[], context: C): T[] {
  return refiners.reduce((current, refiner) => refiner.refine(current, context), items);
}

/** A fact's rule id with a refiner's id added, once: "events/verb-object+retellings". */
export function touchedBy(rule: string, refiner: string): string {
  return rule.split('+').includes(refiner) ? rule : `${rule}+${refiner}`;
}
