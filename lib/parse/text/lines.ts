/** One line of the normalized text, with its offsets. */
export type Line = { index: number; start: number; end: number; text: string };

/** The lines of a text with their [start, end) offsets (end excludes the newline). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ index: index++, start, end, text: text.slice(start, end) });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}
