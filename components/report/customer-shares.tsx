import type { CustomerShare } from '@/lib/domain/release';
import { TableHead } from '@/components/ui/table-head';
import { formatPeriod } from '@/lib/format';

const COLUMNS = [{ label: 'Customer' }, { label: 'Share', align: 'right' }, { label: 'Of' }, { label: 'Period' }] as const;

/** Who the company depends on: each customer's share, of what, and when. */
export function CustomerShares({ customers }: { customers: CustomerShare[] }) {
  if (customers.length === 0) return <p className="text-sm text-slate-500">No customer concentration is stated in this release.</p>;
  return (
    <table className="w-full text-sm" data-testid="customers-table">
      <TableHead columns={COLUMNS} />
      <tbody>
        {customers.map((c) => (
          <tr key={`${c.source.start}-${c.share}-${c.period?.end}`} className="border-b border-slate-100">
            <th scope="row" className="py-1.5 pr-3 text-left font-medium text-slate-800">
              {c.customer}
              {c.aliases.length > 0 && <span className="ml-1 text-xs font-normal text-slate-500">({c.aliases.join(', ')})</span>}
            </th>
            <td className="py-1.5 pr-3 text-right tabular-nums">{c.share}%</td>
            <td className="py-1.5 pr-3 text-slate-600">{c.basis}</td>
            <td className="py-1.5 text-slate-600">{c.period ? formatPeriod(c.period) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
