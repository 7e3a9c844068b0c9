import type { Source } from '@/lib/domain/release';
import type { Sentence } from '../prose/sentences';

// Where one clause of a sentence ends and the next begins: "…; the Company also sold …",
// "…, and in June it opened …", "… — a first for the company".
const BOUNDARY = /;\s+|:\s+(?=[A-Z])|\s+[—–]\s+|,\s+(?:and|but|while|whereas)\s+|\s+(?:while|whereas)\s+/g;

/**
 * The clauses of a sentence, as offsets into the release text. A parenthesis is never split:
 * "(NASDAQ: ACME)" and "(the "Agreement"; see below)" belong to the clause around them.
 */
export function clausesOf(sentence: Sentence): Source[] {
  const clauses: Source[] = [];
  let start = 0;
  // How deep in parentheses the text is at `scanned`: counted once, forward, as boundaries come in order.
  let depth = 0;
  let scanned = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence.text); m; m = BOUNDARY.exec(sentence.text)) {
    for (; scanned < m.index; scanned++) {
      const c = sentence.text[scanned];
      if (c === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
    }
    if (depth > 0) continue;
    if (m.index > start) clauses.push({ start: sentence.start + start, end: sentence.start + m.index });
    start = m.index + m[0].length;
  }
  if (start < sentence.text.length) clauses.push({ start: sentence.start + start, end: sentence.end });
  return clauses;
}

/** The clause holding an offset. */
export function clauseAt(clauses: readonly Source[], at: number): Source {
  return clauses.find((c) => c.start <= at && at < c.end) ?? clauses[clauses.length - 1]!;
}
