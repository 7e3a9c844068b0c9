import type { Highlight, Piece } from '@/lib/report/highlights';
import { highlightTrees } from '@/lib/report/highlights';
import { textBlocks, type TextBlock } from '@/lib/report/text-blocks';
import { HighlightNavigator } from './highlight-navigator';

// Fixed-width releases (old EDGAR text, <pre> tables) keep their columns; HTML prose wraps.
const FIXED_WIDTH_LINE = 100;

function fixedWidth(text: string): boolean {
  const lines = text.split('\n');
  return lines.filter((line) => line.length > FIXED_WIDTH_LINE).length <= lines.length * 0.05;
}

const KIND_CLASS = {
  header: 'hl-header',
  metric: 'hl-metric',
  check: 'hl-check',
  customer: 'hl-customer',
  event: 'hl-event',
} as const;

function Pieces({ pieces }: { pieces: Piece[] }) {
  return pieces.map((piece) =>
    typeof piece === 'string' ? (
      piece
    ) : (
      <span
        key={`${piece.start}-${piece.end}`}
        // The words' id (a fact's link target) on their first part only: a table row may cut them.
        id={piece.continued ? undefined : `src-${piece.start}-${piece.end}`}
        role="link"
        tabIndex={0}
        data-anchor={piece.facts[0]!.anchor}
        data-label={piece.facts.map((f) => f.label).join('\n')}
        className={`hl ${KIND_CLASS[piece.facts[0]!.kind]}`}
      >
        <Pieces pieces={piece.pieces} />
      </span>
    ),
  );
}

// A figure's cell: digits with their signs, currency and separators.
const FIGURE_CELL = /^[\s$€£()\-−–.,%\d]+$/;

/**
 * A table of the release as a table: a cell per cell, highlights inside. The separators and line
 * ends of the text stay in the page, hidden, so its text is the release text character for
 * character (a selection's offsets are the release's).
 */
function TextTable({ block, text, trees }: { block: Extract<TextBlock, { kind: 'table' }>; text: string; trees: Piece[][][] }) {
  return (
    <table className="my-1 border-collapse font-mono text-[11px] 2xl:text-[12px]">
      <tbody>
        {block.rows.map((row, r) => (
          <tr key={row.start} className="border-b border-slate-100 align-top">
            {row.cells.map((cell, c) => {
              const gap = text.slice(cell.end, row.cells[c + 1]?.start ?? row.end);
              return (
                <td key={cell.start} className={`px-1.5 py-0.5 ${FIGURE_CELL.test(text.slice(cell.start, cell.end)) ? 'whitespace-nowrap text-right' : ''}`}>
                  <Pieces pieces={trees[r]![c]!} />
                  {gap && <span hidden>{gap}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The release as the analyst reads it: always text, so markup in an upload is shown, never run;
 * its tables as tables. Every fact's words are highlighted; each highlight links to its fact and
 * is the target of the fact's link.
 */
export function ReleaseText({ text, highlights }: { text: string; highlights: Highlight[] }) {
  const layout = fixedWidth(text) ? 'whitespace-pre' : 'whitespace-pre-wrap break-words';
  const blocks = textBlocks(text);
  const ranges = blocks.flatMap((b) => (b.kind === 'text' ? [b] : b.rows.flatMap((row) => row.cells)));
  const trees = highlightTrees(text, highlights, ranges);
  let next = 0;
  const take = () => trees[next++]!;
  return (
    <section aria-labelledby="release-text-heading" className="rounded-xl border border-slate-200 bg-white lg:sticky lg:top-4">
      <div className="flex items-baseline justify-between gap-3 border-b border-slate-200 px-4 py-2">
        <h2 id="release-text-heading" className="text-sm font-semibold text-slate-700">Release text</h2>
        <p className="text-xs text-slate-500">{highlights.length} highlighted · click one to see its fact</p>
      </div>
      <HighlightNavigator>
        <div
          data-testid="release-text"
          className="max-h-[calc(100vh-7rem)] overflow-auto px-3 py-4 font-mono text-[11px] leading-relaxed 2xl:text-[12px] text-slate-800"
        >
          {blocks.map((block) =>
            block.kind === 'text' ? (
              <span key={block.start} className={layout}>
                <Pieces pieces={take()} />
              </span>
            ) : (
              <TextTable key={block.start} block={block} text={text} trees={block.rows.map((row) => row.cells.map(() => take()))} />
            ),
          )}
        </div>
      </HighlightNavigator>
    </section>
  );
}
