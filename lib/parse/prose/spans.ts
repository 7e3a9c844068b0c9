import type { Source } from '@/lib/domain/release';
import type { TableLine } from '../tables/rows';

function isTabular(line: TableLine): boolean {
  return line.kind === 'data' || line.kind === 'years';
}

// Small words a title leaves in lower case: "Sun Acquires 110 Nursing Homes in Regency Deal".
const TITLE_SMALL = /^(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with|vs\.?|[\d$%.,&()'’:-]+)$/;
const TITLE_CHARS = 150;
const STORY_WORDS = 8;

/** A line set as a title: short, no closing stop, its words capitalised (or all in capitals). */
function isTitleLine(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > TITLE_CHARS || /[.,;:]$/.test(trimmed) || !/^[A-Z0-9"“]/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((w) => !TITLE_SMALL.test(w));
  return words.length > 0 && words.every((w) => /^["“(]?[A-Z0-9]/.test(w));
}

/** A line, not a title, that opens a story in sentences: a capital first and enough words to be no title. */
function opensStory(text: string): boolean {
  const trimmed = text.trim();
  return /^[A-Z(]/.test(trimmed) && trimmed.split(/\s+/).length >= STORY_WORDS;
}

/**
 * Paragraphs of running text: runs of non-blank lines with no table row among them. Where a run
 * holds table rows, the stretches between them that hold a line of prose are paragraphs still:
 * text pasted from a page has no blank lines, so a dateline's date sits right above the story,
 * and a run of title lines above a story is a paragraph of its own.
 */
export function proseSpans(lines: TableLine[]): Source[] {
  const spans: Source[] = [];
  let run: TableLine[] = [];
  const flush = (stretch: TableLine[], tabular: boolean) => {
    if (stretch.length > 0 && (!tabular || stretch.some((l) => l.kind === 'prose'))) spans.push({ start: stretch[0]!.line.start, end: stretch[stretch.length - 1]!.line.end });
  };
  const close = () => {
    const tabular = run.some(isTabular);
    let piece: TableLine[] = [];
    for (const line of run) {
      if (isTabular(line)) {
        flush(piece, true);
        piece = [];
      } else piece.push(line);
    }
    flush(piece, tabular);
    run = [];
  };
  // Whether every line of the run so far is a title line: kept as the run grows, so a long run costs one pass.
  let titles = true;
  for (const line of lines) {
    if (line.kind === 'blank' || line.table !== null) {
      close();
      titles = true;
      continue;
    }
    // A headline copied from a page or a PDF sits right above its story, with no blank line: a
    // paragraph of its own, so the story's dateline opens the story.
    const title = isTitleLine(line.line.text);
    if (run.length > 0 && titles && !title && opensStory(line.line.text)) close();
    titles = (run.length === 0 || titles) && title;
    run.push(line);
  }
  close();
  return spans;
}
