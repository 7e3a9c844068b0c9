import type { ReactNode } from 'react';

/** A chart with its title, its data as a table (the text alternative), or what was not found. */
export function ChartFigure({ id, title, empty, table, children }: { id: string; title: string; empty: string | null; table: ReactNode; children: ReactNode }) {
  return (
    <figure aria-labelledby={`${id}-title`} data-testid={id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-3">
      <figcaption id={`${id}-title`} className="text-sm font-semibold text-slate-700">{title}</figcaption>
      {empty ? (
        <p className="text-sm text-slate-500">{empty}</p>
      ) : (
        <>
          <div>{children}</div>
          <details data-print="hide" className="text-xs">
            <summary className="cursor-pointer text-slate-500 hover:text-slate-800">Data table</summary>
            <div className="mt-1 overflow-x-auto">{table}</div>
          </details>
        </>
      )}
    </figure>
  );
}

/** A small table for a chart's data. */
export function DataTable({ head, rows }: { head: string[]; rows: ReactNode[][] }) {
  return (
    <table className="w-full">
      <thead>
        <tr className="text-left text-slate-500">{head.map((h) => <th key={h} className="pr-2 font-medium">{h}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i} className="border-t border-slate-100">{cells.map((c, j) => <td key={j} className="pr-2 tabular-nums">{c}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}
