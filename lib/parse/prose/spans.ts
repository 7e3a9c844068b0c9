import type { Source } from '@/lib/domain/release';
import type { TableLine } from '../tables/rows';

function isTabular(line: TableLine): boolean {
  return line.kind === 'data' || line.kind === 'years';
}

/**
 * Paragraphs of running text: runs of non-blank lines with no table row among them. Where a run
 * holds table rows, the stretches between them that hold a line of prose are paragraphs still:
 * text pasted from a page has no blank lines, so a dateline's date sits right above the story.
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
  for (const line of lines) {
    if (line.kind === 'blank' || line.table !== null) close();
    else run.push(line);
  }
  close();
  return spans;
}
