/**
 * Accumulates rendered text with paragraph semantics: inline runs collapse their whitespace, blocks
 * ask for line breaks, and breaks asked for together count once (the largest wins).
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private pendingBreaks = 0;
  private atLineStart = true;
  private endsWithSpace = true;

  /** Inline text: runs of whitespace (no-break spaces included) become one space. */
  inline(raw: string): void {
    const text = raw.replace(/[\s\u00a0]+/g, ' ');
    if (text === '' || (text === ' ' && (this.atLineStart || this.endsWithSpace))) return;
    this.flushBreaks();
    const trimmed = this.atLineStart || this.endsWithSpace ? text.replace(/^ /, '') : text;
    if (trimmed === '') return;
    this.parts.push(trimmed);
    this.atLineStart = false;
    this.endsWithSpace = trimmed.endsWith(' ');
  }

  /** Text whose spacing matters (<pre>, plain-text documents): kept as is, line by line. */
  verbatim(text: string): void {
    if (text === '') return;
    this.flushBreaks();
    this.parts.push(text);
    this.atLineStart = text.endsWith('\n');
    this.endsWithSpace = /\s$/.test(text);
  }

  /** Ends the current line (1) or paragraph (2) before any further text. */
  breakLine(count: 1 | 2 = 1): void {
    if (this.parts.length === 0) return;
    this.pendingBreaks = Math.max(this.pendingBreaks, count);
  }

  private flushBreaks(): void {
    if (this.pendingBreaks > 0) {
      this.parts.push('\n'.repeat(this.pendingBreaks));
      this.atLineStart = true;
      this.endsWithSpace = true;
      this.pendingBreaks = 0;
    }
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Trailing spaces off every line, at most one blank line in a row, no blank edges. */
/** A line without trailing spaces and tabs (a loop: the /[ \t]+$/gm regex retried at every space). */
function trimSpacesEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  return end === line.length ? line : line.slice(0, end);
}

export function tidyLines(text: string): string {
  return text
    .split('\n')
    .map(trimSpacesEnd)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
