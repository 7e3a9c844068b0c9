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

type TrieNode = { end: boolean; next: Map<string, TrieNode> };

function emit(node: TrieNode): string {
  const branches = [...node.next.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([char, child]) => `${char === ' ' ? '[-\\s]+' : escape(char)}${emit(child)}`);
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

/**
 * The same words as anyOf, as a prefix tree ("acqui(?:re(?:s|d)?|ring)"): the regex engine then
 * tries each character once, however many hundred words share it. For the long word lists
 * scanned over every sentence. Matching is greedy, so the longest word still wins.
 */
export function trieOf(words: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const char of word.toLowerCase().replace(/[-\s]+/g, ' ')) {
      if (!node.next.has(char)) node.next.set(char, { end: false, next: new Map() });
      node = node.next.get(char)!;
    }
    node.end = true;
  }
  return `(?:${emit(root)})`;
}
