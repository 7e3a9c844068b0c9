import type { Highlight, Piece } from '@/lib/report/highlights';
import { highlightTree } from '@/lib/report/highlights';
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
        id={`src-${piece.start}-${piece.end}`}
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

/**
 * The release as the analyst reads it: always text, so markup in an upload is shown, never run.
 * Every fact's words are highlighted; each highlight links to its fact and is the target of the fact's link.
 */
export function ReleaseText({ text, highlights }: { text: string; highlights: Highlight[] }) {
  const layout = fixedWidth(text) ? 'whitespace-pre' : 'whitespace-pre-wrap break-words';
  return (
    <section aria-labelledby="release-text-heading" className="rounded-xl border border-slate-200 bg-white lg:sticky lg:top-4">
      <div className="flex items-baseline justify-between gap-3 border-b border-slate-200 px-4 py-2">
        <h2 id="release-text-heading" className="text-sm font-semibold text-slate-700">Release text</h2>
        <p className="text-xs text-slate-500">{highlights.length} highlighted · click one to see its fact</p>
      </div>
      <HighlightNavigator>
        <pre
          data-testid="release-text"
          className={`max-h-[calc(100vh-7rem)] overflow-auto px-3 py-4 font-mono text-[11px] leading-relaxed 2xl:text-[12px] text-slate-800 ${layout}`}
        >
          <Pieces pieces={highlightTree(text, highlights)} />
        </pre>
      </HighlightNavigator>
    </section>
  );
}
