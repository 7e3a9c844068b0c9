import { FactMenu, type FactAction } from '@/components/corrections/fact-menu';
import { CorrectedBadge } from '@/components/corrections/corrected-badge';
import { TableHead } from '@/components/ui/table-head';
import type { CustomerShare } from '@/lib/domain/release';
import { formatPeriod, periodName } from '@/lib/format';
import { factAnchor, sourceAnchor } from '@/lib/report/anchors';
import type { Keyed } from '@/lib/report/corrected-release';
import { historyFor, type EditContext } from './edit-context';

function customerActions(c: Keyed<CustomerShare>, name: string): FactAction[] {
  const fact = { factKey: c.key, kind: 'customer' as const, title: `${name}, ${c.share}%`, defaults: { customer: name, value: String(c.share), periodEnd: c.period?.end, periodMonths: c.period?.months } };
  return [
    { label: 'Correct', fact, mode: 'edit' },
    { label: 'Dismiss', fact, mode: 'dismiss' },
  ];
}

const COLUMNS = [{ label: 'Customer' }, { label: 'Share', align: 'right' }, { label: 'Of' }, { label: 'Period' }] as const;

/** Who the company depends on: each customer's share, of what, and when. */
export function CustomerShares({ customers, edit, yearEnd }: { customers: Keyed<CustomerShare>[]; edit: EditContext; yearEnd: number | null }) {
  if (customers.length === 0) return <p className="text-sm text-slate-500">No customer concentration is stated in this release.</p>;
  const columns = edit.editable ? [...COLUMNS, { label: '' }] : COLUMNS;
  return (
    <table className="cards w-full text-sm" data-testid="customers-table">
      <TableHead columns={columns} />
      <tbody>
        {customers.map((c) => {
          const name = c.customer.replace(/\s+/g, ' ');
          return (
            <tr key={c.key} id={factAnchor(c.key)} className="relative border-b border-slate-100 hover:bg-slate-50">
              <th scope="row" className="py-1.5 pr-2 text-left font-medium text-slate-800">
                <a href={`#${sourceAnchor(c.source)}`} className="after:absolute after:inset-0 hover:underline" title={`Read by ${c.rule}`} data-rule={c.rule}>
                  {name}
                </a>
                {c.aliases.length > 0 && <span className="ml-1 text-xs font-normal text-slate-500">({c.aliases.join(', ')})</span>}
                <CorrectedBadge history={historyFor(edit, c.key)} />
              </th>
              <td data-label="Share" className="py-1.5 pr-2 text-right tabular-nums">{c.share}%</td>
              <td data-label="Of" className="py-1.5 pr-2 text-slate-600">{c.basis}</td>
              <td data-label="Period" className="py-1.5 whitespace-nowrap text-slate-600" title={c.period ? formatPeriod(c.period) : undefined}>{c.period ? periodName(c.period, yearEnd) : '—'}</td>
              {edit.editable && (
                <td className="py-1.5 pl-2 text-right">
                  <FactMenu reportId={edit.reportId} name={`${name}, ${c.share}%`} actions={customerActions(c, name)} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
