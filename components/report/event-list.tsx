import type { ReleaseEvent } from '@/lib/domain/release';
import { formatExact } from '@/lib/format';

const TYPE_LABELS: Record<ReleaseEvent['type'], string> = {
  contract_award: 'Contract award', contract_end: 'Contract end', order: 'Order', partnership: 'Partnership',
  impairment: 'Impairment', charge: 'Charge', restructuring: 'Restructuring', relocation: 'Relocation',
  facility: 'Facility', debt_default: 'Debt default', financing: 'Financing', acquisition: 'Acquisition',
  divestiture: 'Divestiture', filing: 'Filing', restatement: 'Restatement', legal: 'Legal', leadership: 'Leadership',
  dividend: 'Dividend', stock_split: 'Stock split', buyback: 'Buyback', listing: 'Listing', product: 'Product', other: 'Other',
};

/** "2005-Q1" sorts with January 2005; undated events go last. */
function sortKey(date: string | null): string {
  if (date === null) return '9999';
  const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
  return quarter ? `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}` : date;
}

/** Dated events in date order; undated ones after them. */
export function EventList({ events }: { events: ReleaseEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">No dated events were found in this release.</p>;
  const ordered = [...events].sort((a, b) => sortKey(a.date).localeCompare(sortKey(b.date)));
  return (
    <ul className="space-y-2 text-sm" data-testid="event-list">
      {ordered.map((e) => (
        <li key={`${e.source.start}-${e.type}-${e.date}`} className="flex gap-3">
          <span className="w-24 shrink-0 tabular-nums text-slate-500">{e.date ?? 'undated'}</span>
          <span>
            <span className="font-medium text-slate-800">{TYPE_LABELS[e.type]}</span>
            {e.amount !== null && <span className="ml-1 text-slate-600">({formatExact(e.amount)})</span>}
            <span className="block text-slate-600">{e.summary}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
