import { METRICS } from '@/lib/domain/metrics';
import { formatExact, formatMoney, formatPercent, formatPeriod, periodName } from '@/lib/format';
import { samePeriod } from '@/lib/parse/periods/calendar-math';
import { periodColumns, type CompanySeries } from '@/lib/report/company-view';

/** A company's metrics by period, as an analyst's model has them: a column per period, each figure linked to its words. */
export function MetricByPeriod({ title, series, testId, yearEnd }: { title: string; series: CompanySeries[]; testId: string; yearEnd: number | null }) {
  const columns = periodColumns(series);
  return (
    <section aria-label={title} data-testid={testId} className="space-y-2">
      <h2 className="text-base font-semibold">{title}</h2>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <thead>
            <tr className="text-left text-xs text-slate-500">
              <th scope="col" className="sticky left-0 bg-white px-3 py-2 font-medium">Metric</th>
              {columns.map((c) => (
                <th key={`${c.end}-${c.months}`} scope="col" className="px-3 py-2 text-right font-medium" title={formatPeriod(c)}>
                  {periodName(c, yearEnd)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.metric} data-metric={s.metric} className="border-t border-slate-100">
                <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-medium text-slate-700">{METRICS[s.metric].name}</th>
                {columns.map((c) => {
                  const point = s.points.find((p) => samePeriod(p.period, c));
                  return (
                    <td key={`${c.end}-${c.months}`} className="px-3 py-2 text-right tabular-nums">
                      {point ? (
                        <a href={`/reports/${point.reportId}#${point.anchor}`} title={formatExact(point.value)} className="text-sky-800 hover:underline">
                          {formatMoney(point.value, point.unit)}
                          {point.change !== null && <span className={`block text-xs ${point.change < 0 ? 'text-red-700' : 'text-emerald-700'}`}>{formatPercent(point.change)}</span>}
                          {point.change === null && point.prior !== null && <span className="block text-xs text-slate-500" title="not meaningful: the figure crosses zero">n/m</span>}
                        </a>
                      ) : (
                        <span className="text-slate-300">—</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
