import { FactMenu, type FactAction } from '@/components/corrections/fact-menu';
import { CorrectedBadge } from '@/components/corrections/corrected-badge';
import { TableHead } from '@/components/ui/table-head';
import type { Metric } from '@/lib/domain/release';
import { formatExact, formatMoneyIn, formatPercent, formatPeriod, METRIC_LABELS, moneyScale, periodName } from '@/lib/format';
import { factAnchor, sourceAnchor } from '@/lib/report/anchors';
import { checkSymbol } from '@/lib/report/checks';
import type { Keyed } from '@/lib/report/corrected-release';
import type { MetricBasis, MetricRow } from '@/lib/report/metric-rows';
import { historyFor, type EditContext } from './edit-context';

type Row = MetricRow<Keyed<Metric>>;

const COLUMNS = [
  { label: 'Metric' },
  { label: 'Period' },
  { label: 'Value', align: 'right' },
  { label: 'Prior', align: 'right' },
  { label: 'Change', align: 'right' },
  { label: '%', align: 'right' },
  // A symbol column: its heading a symbol too, so the table fits beside the text at 1440 px.
  { label: '✓', name: 'Check', align: 'center' },
] as const;

/** ✓ when the release's arithmetic holds; ✗ when it fails within one statement; ? when the parser's own pairing fails. */
function CheckMark({ row }: { row: Row }) {
  if (row.checks.length === 0) return <span className="text-slate-400">—</span>;
  const failed = row.checks.filter((c) => !c.ok);
  const state = failed.length === 0 ? 'ok' : failed.some((c) => c.pairing === 'stated') ? 'fails' : 'uncertain';
  const detail = row.checks.map((c) => `${checkSymbol(c)} ${c.detail}`).join('\n');
  const look = {
    ok: { mark: '✓', label: 'Checks pass', className: 'text-emerald-700' },
    fails: { mark: '✗', label: "The release's arithmetic disagrees", className: 'rounded bg-red-50 px-1 font-semibold text-red-700' },
    uncertain: { mark: '?', label: 'Uncertain pairing', className: 'rounded bg-amber-50 px-1 font-semibold text-amber-700' },
  }[state];
  return (
    <a href={`#${sourceAnchor(row.checks[0]!.source)}`} title={detail} aria-label={`${look.label}: ${detail}`} className={`relative z-10 ${look.className}`}>
      {look.mark}
    </a>
  );
}

/** What a row is called: the metric in the GAAP table; the release's own label for a non-GAAP measure; the segment's name. */
function RowName({ metric, basis }: { metric: Metric; basis: MetricBasis }) {
  if (basis === 'gaap') return <>{METRIC_LABELS[metric.metric]}</>;
  const own = basis === 'segment' ? `${metric.segment}${metric.gaap ? '' : ' (non-GAAP)'}` : metric.label;
  return (
    <>
      {own}
      <span className="block text-xs font-normal text-slate-500">{METRIC_LABELS[metric.metric]}</span>
    </>
  );
}

const TEST_IDS: Record<MetricBasis, string> = { gaap: 'metrics-table', non_gaap: 'non-gaap-table', segment: 'segments-table' };

function defaults(metric: Metric) {
  return {
    metric: metric.metric,
    value: String(metric.value),
    periodEnd: metric.period.end,
    periodMonths: metric.period.months,
    basis: metric.gaap ? ('gaap' as const) : ('non_gaap' as const),
    segment: metric.segment ?? '',
  };
}

/** A row's menu: correct the current or prior figure, or dismiss either. */
function rowActions({ metric, prior }: Row, name: (m: Metric) => string): FactAction[] {
  const fact = (m: Keyed<Metric>) => ({ factKey: m.key, kind: 'metric' as const, title: name(m), defaults: defaults(m) });
  return [
    { label: 'Correct current value', fact: fact(metric), mode: 'edit' },
    ...(prior ? [{ label: 'Correct prior value', fact: fact(prior), mode: 'edit' } as const] : []),
    { label: 'Dismiss', fact: fact(metric), mode: 'dismiss' },
    ...(prior ? [{ label: 'Dismiss prior value', fact: fact(prior), mode: 'dismiss' } as const] : []),
  ];
}

/** Each figure with its prior-year figure, the change, and whether the release's own arithmetic holds. */
export function MetricsTable({ rows, edit, basis = 'gaap', yearEnd }: { rows: Row[]; edit: EditContext; basis?: MetricBasis; yearEnd: number | null }) {
  if (rows.length === 0) {
    return <p className="text-sm text-slate-500">No revenue, income or per-share figures were found in this release.</p>;
  }
  const columns = edit.editable ? [...COLUMNS, { label: '' }] : COLUMNS;
  // One scale for the table's dollar figures ("$13,589M" beside "$41.0M"), the exact figure on hover.
  const scale = moneyScale(rows.filter((r) => r.metric.unit === 'USD').flatMap((r) => [r.metric.value, r.prior?.value ?? 0, r.change ?? 0]));
  const money = (value: number, unit: Metric['unit']) => formatMoneyIn(value, unit, scale);
  return (
    <div className="overflow-x-auto">
      <table className="cards w-full text-sm" data-testid={TEST_IDS[basis]}>
        <TableHead columns={columns} />
        <tbody>
          {rows.map((row) => {
            const { metric, prior } = row;
            // The menu's and dialog's name: which figure, told apart from its segment and non-GAAP namesakes.
            const name = (m: Metric) => `${m.segment ? `${m.segment}: ` : ''}${METRIC_LABELS[m.metric]}${m.gaap ? '' : ' (non-GAAP)'}, ${periodName(m.period, yearEnd)}`;
            return (
              <tr key={metric.key} id={factAnchor(metric.key)} className="group relative border-b border-slate-100 hover:bg-slate-50">
                {/* Sticky, so the metric stays in view when a narrow table scrolls sideways. */}
                <th scope="row" className="sticky left-0 z-[1] bg-white py-1.5 pr-2 text-left font-medium text-slate-800 [overflow-wrap:anywhere] group-hover:bg-slate-50">
                  <a href={`#${sourceAnchor(metric.source)}`} className="hover:underline" title={`Show “${metric.label}” in the text (read by ${metric.rule})`} data-rule={metric.rule}>
                    <RowName metric={metric} basis={basis} />
                  </a>{' '}
                  <CorrectedBadge history={[...historyFor(edit, metric.key), ...(prior ? historyFor(edit, prior.key) : [])]} />
                </th>
                <td data-label="Period" className="py-1.5 pr-1.5 whitespace-nowrap text-slate-600" title={formatPeriod(metric.period)}>
                  {/* The whole row leads to the figure's words: a cover link in a cell (a sticky cell would hold it to itself). */}
                  <a href={`#${sourceAnchor(metric.source)}`} aria-hidden tabIndex={-1} className="absolute inset-0" />
                  {periodName(metric.period, yearEnd)}
                </td>
                <td data-label="Value" className="py-1.5 pr-1.5 text-right tabular-nums whitespace-nowrap" title={formatExact(metric.value)}>
                  {money(metric.value, metric.unit)}
                </td>
                <td data-label="Prior" className="py-1.5 pr-1.5 text-right tabular-nums whitespace-nowrap text-slate-600" title={prior ? formatExact(prior.value) : undefined}>
                  {prior ? money(prior.value, prior.unit) : '—'}
                  {prior?.derived && <sup title="Derived: the figure less the change the release states" className="text-amber-700">†</sup>}
                </td>
                <td data-label="Change" className="py-1.5 pr-1.5 text-right tabular-nums whitespace-nowrap text-slate-600" title={row.change === null ? undefined : formatExact(row.change)}>
                  {row.change === null ? '—' : money(row.change, metric.unit)}
                </td>
                <td data-label="%" className="py-1.5 pr-1.5 text-right tabular-nums whitespace-nowrap text-slate-600">
                  {row.percentChange !== null ? formatPercent(row.percentChange) : row.prior ? <abbr title="not meaningful: the figure crosses zero">n/m</abbr> : '—'}
                </td>
                <td data-label="Check" className="py-1.5 text-center">
                  <CheckMark row={row} />
                </td>
                {edit.editable && (
                  <td className="py-1 pl-1 text-right">
                    <FactMenu reportId={edit.reportId} name={name(metric)} actions={rowActions(row, name)} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.some((r) => r.prior?.derived) && (
        <p className="mt-1 text-xs text-slate-500">† derived: the figure less the change the release states.</p>
      )}
    </div>
  );
}
