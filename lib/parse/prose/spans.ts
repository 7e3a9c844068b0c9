import type { Source } from '@/lib/domain/release';
import type { TableLine } from '../tables/rows';

/** Paragraphs of running text: runs of non-blank lines with no table row among them. */
export function proseSpans(lines: TableLine[]): Source[] {
  const spans: Source[] = [];
  let start: number | null = null;
  let end = 0;
  let tabular = false;
  const close = () => {
    if (start !== null && !tabular) spans.push({ start, end });
    start = null;
    tabular = false;
  };
  for (const line of lines) {
    if (line.kind === 'blank') {
      close();
      continue;
    }
    if (line.table !== null) {
      close();
      continue;
    }
    if (start === null) start = line.line.start;
    end = line.line.end;
    if (line.kind === 'data' || line.kind === 'years') tabular = true;
  }
  close();
  return spans;
}
