/** Escapes a word for use inside a RegExp. */
export function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An alternation of the given words, longest first so a longer word is never cut short by a
 * shorter one ("quarters" before "quarter"). Spaces match any run of whitespace or a hyphen.
 */
export function anyOf(words: Iterable<string>): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map((w) => escape(w).replace(/(?:\\-| )+/g, '[-\\s]+')).join('|')})`;
}
