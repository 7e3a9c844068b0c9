// Fixed-width releases (old EDGAR text, <pre> tables) keep their columns; HTML prose wraps.
const FIXED_WIDTH_LINE = 100;

function fixedWidth(text: string): boolean {
  const lines = text.split('\n');
  return lines.filter((line) => line.length > FIXED_WIDTH_LINE).length <= lines.length * 0.05;
}

/** The release as the analyst reads it: always text, so markup in an upload is shown, never run. */
export function ReleaseText({ text }: { text: string }) {
  const layout = fixedWidth(text) ? 'whitespace-pre' : 'whitespace-pre-wrap break-words';
  return (
    <section aria-labelledby="release-text-heading" className="rounded-xl border border-slate-200 bg-white">
      <h2 id="release-text-heading" className="border-b border-slate-200 px-4 py-2 text-sm font-semibold text-slate-700">
        Release text
      </h2>
      <pre
        data-testid="release-text"
        className={`max-h-[75vh] overflow-auto p-4 font-mono text-[12px] leading-relaxed text-slate-800 ${layout}`}
      >
        {text}
      </pre>
    </section>
  );
}
