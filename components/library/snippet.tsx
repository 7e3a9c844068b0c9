/** The words around a search's match, the matched words (between \u0002 and \u0003) marked. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\u0002[^\u0003]*\u0003)/);
  return (
    <p data-testid="library-snippet" className="truncate text-xs text-slate-600">
      {parts.map((part, i) =>
        part.startsWith('\u0002') ? (
          <mark key={i} className="rounded bg-amber-100 px-0.5 text-slate-900">{part.slice(1, -1)}</mark>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </p>
  );
}
