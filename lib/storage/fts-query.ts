/**
 * A user's search box text as an FTS5 query: each word a quoted prefix term, all required.
 * Quoting keeps FTS5 syntax (AND, NEAR, *, ", column filters) typed by a user from being read as
 * operators, so any input is a valid query. Null when there is no word to search for.
 */
export function ftsQuery(input: string): string | null {
  const words = input.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.slice(0, 16).map((word) => `"${word}"*`).join(' ');
}
