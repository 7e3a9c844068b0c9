import type { MetricRow } from '@/lib/report/metric-rows';
import { TableHead } from '@/components/ui/table-head';
import { formatExact, formatMoney, formatPercent, formatPeriod, METRIC_LABELS } from '@/lib/format';

const COLUMNS = [
  { label: 'Metric' },
  { label: 'Period' },
  { label: 'Value', align: 'right' },
  { label: 'Prior', align: 'right' },
  { label: 'Change', align: 'right' },
  { label: '%', align: 'right' },
  { label: 'Check', align: 'center' },
] as const;

function CheckMark({ row }: { row: MetricRow }) {
  if (row.checks.length === 0) return <span className="text-slate-400">—</span>;
  const ok = row.checks.every((c) => c.ok);
  const detail = row.checks.map((c) => `${c.ok ? '✓' : '✗'} ${c.detail}`).join('\n');
  return (
    <span title={detail} aria-label={`${ok ? 'Checks pass' : 'A check fails'}: ${detail}`} className={ok ? 'text-emerald-700' : 'font-semibold text-red-700'}>
      {ok ? '✓' : '✗'}
    </span>
  );
}

function Tags({ row }: { row: MetricRow }) {
  const tags = [!row.metric.gaap && 'adjusted', row.metric.segment && `segment: ${row.metric.segment}`].filter(Boolean);
  return tags.length ? <span className="ml-1 text-xs text-amber-700">({tags.join(', ')})</span> : null;
}

/** Each figure with its prior-year figure, the change, and whether the release's own arithmetic holds. */
export function MetricsTable({ rows }: { rows: MetricRow[] }) {
  if (rows.length === 0) {
    return <p className="text-sm text-slate-500">No revenue, income or per-share figures were found in this release.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="metrics-table">
        <TableHead columns={COLUMNS} />
        <tbody>
          {rows.map((row) => {
            const { metric, prior } = row;
            return (
              <tr key={`${metric.metric}-${metric.period.end}-${metric.period.months}-${metric.source.start}`} className="border-b border-slate-100">
                <th scope="row" className="py-1.5 pr-3 text-left font-medium text-slate-800">
                  {METRIC_LABELS[metric.metric]}
                  <Tags row={row} />
                </th>
                <td className="py-1.5 pr-3 text-slate-600">{formatPeriod(metric.period)}</td>
                <td className="py-1.5 pr-3 text-right tabular-nums" title={formatExact(metric.value)}>
                  {formatMoney(metric.value, metric.unit)}
                </td>
                <td className="py-1.5 pr-3 text-right tabular-nums text-slate-600" title={prior ? formatExact(prior.value) : undefined}>
                  {prior ? formatMoney(prior.value, prior.unit) : '—'}
                  {prior?.derived && <sup title="Derived: the figure less the change the release states">d</sup>}
                </td>
                <td className="py-1.5 pr-3 text-right tabular-nums text-slate-600">
                  {row.change === null ? '—' : formatMoney(row.change, metric.unit)}
                </td>
                <td className="py-1.5 pr-3 text-right tabular-nums text-slate-600">
                  {row.percentChange === null ? '—' : formatPercent(row.percentChange)}
                </td>
                <td className="py-1.5 text-center">
                  <CheckMark row={row} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
