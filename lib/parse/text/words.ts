import { FUNCTION_WORDS } from '../lexicon/discourse';

const WORD_CHAR = /\w/;

/** Text as lower-case words and single spaces, no punctuation: "AT&T Services, Inc." is "at t services inc". */
export function plainWords(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Whether text ends in a function word ("of", "the", "totaled"): its last whole run of word
 * characters, in any case. A table label that does runs on into its figure as prose; a line of
 * text that does is wrapped, not a list item.
 */
export function endsInFunctionWord(text: string): boolean {
  let start = text.length;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  return start < text.length && FUNCTION_WORDS.has(text.slice(start).toLowerCase());
}
