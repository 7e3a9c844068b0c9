/**
 * Every match of a global pattern in a text, as String.matchAll gives them. matchAll clones the
 * pattern on each call, which costs more than the matching on the short texts the readers test
 * thousands of times per release; this runs the pattern itself from the start.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex++;
    found.push(m);
  }
  return found;
}
