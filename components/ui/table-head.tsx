/** A column: its heading, and its name for screen readers when the heading is a symbol ("✓"). */
export type Column = { label: string; name?: string; align?: 'left' | 'right' | 'center' };

const ALIGN = { left: 'text-left', right: 'text-right', center: 'text-center' } as const;

/** The header row every facts table uses: small caps labels over a rule. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
        {columns.map(({ label, name, align = 'left' }) => (
          <th key={label} aria-label={name} title={name} className={`py-2 pr-2 font-medium last:pr-0 ${ALIGN[align]}`}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
