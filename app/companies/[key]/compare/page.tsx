import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { METRICS } from '@/lib/domain/metrics';
import { yearEndMonth } from '@/lib/domain/fiscal-year';
import { formatExact, formatIsoDate, formatMoney, formatPercent, formatPeriod, periodName, shortCompanyName } from '@/lib/format';
import type { ComparedFigure } from '@/lib/report/compare';
import type { CompanyRelease } from '@/lib/report/company-view';
import { loadComparison } from '@/lib/reports/load-comparison';

type Props = { params: Promise<{ key: string }>; searchParams: Promise<{ a?: string; b?: string }> };

export const metadata: Metadata = { title: 'Two releases compared' };

function Figure({ id, figure }: { id: string; figure: ComparedFigure | null }) {
  if (!figure) return <span className="text-slate-300">—</span>;
  return (
    <a href={`/reports/${id}#${figure.anchor}`} title={formatExact(figure.value)} className="text-sky-800 hover:underline">
      {formatMoney(figure.value, figure.unit)}
    </a>
  );
}

function ReleaseHead({ r }: { r: CompanyRelease }) {
  const period = r.release.periods[0];
  return (
    <th scope="col" className="px-3 py-2 text-right font-medium">
      <Link href={`/reports/${r.id}`} className="text-sky-700 underline" title={period ? formatPeriod(period) : undefined}>{period ? periodName(period, yearEndMonth(r.release.fiscalYearEnd)) : r.fileName}</Link>
      <span className="block text-xs font-normal text-slate-500">{r.release.releaseDate ? `Released ${formatIsoDate(r.release.releaseDate)}` : r.fileName}</span>
    </th>
  );
}

function Lines({ title, left, right, testId }: { title: string; left: string[]; right: string[]; testId: string }) {
  return (
    <section aria-label={title} data-testid={testId} className="space-y-2">
      <h2 className="text-base font-semibold">{title}</h2>
      <div className="grid gap-4 md:grid-cols-2">
        {[left, right].map((lines, i) => (
          <ul key={i} className="space-y-1 rounded-xl border border-slate-200 bg-white p-3 text-sm">
            {lines.length === 0 ? <li className="text-slate-400">none found</li> : lines.map((line, k) => <li key={k}>{line}</li>)}
          </ul>
        ))}
      </div>
    </section>
  );
}

/** Two of a company's releases side by side: their periods' figures with the change between, customer shares, events. */
export default async function ComparePage({ params, searchParams }: Props) {
  const { key } = await params;
  const { a, b } = await searchParams;
  const comparison = a && b ? await loadComparison(key, a, b) : null;
  if (!comparison) notFound();
  const { left, right } = comparison;
  const name = right.release.company.name ?? left.release.company.name;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold">{name ? shortCompanyName(name) : 'Company'}: two releases compared</h1>
        <Link href={`/companies/${key}`} className="text-sm text-sky-700 underline">All releases</Link>
      </div>
      <section aria-label="Figures" className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table data-testid="compare-metrics" className="min-w-full text-sm">
          <thead>
            <tr className="text-left text-xs text-slate-500">
              <th scope="col" className="px-3 py-2 font-medium">Metric (GAAP, consolidated)</th>
              <ReleaseHead r={left} />
              <ReleaseHead r={right} />
              <th scope="col" className="px-3 py-2 text-right font-medium">Change</th>
            </tr>
          </thead>
          <tbody>
            {comparison.metrics.map((row) => (
              <tr key={row.metric} data-metric={row.metric} className="border-t border-slate-100 tabular-nums">
                <th scope="row" className="px-3 py-2 text-left font-medium text-slate-700">{METRICS[row.metric].name}</th>
                <td className="px-3 py-2 text-right"><Figure id={left.id} figure={row.left} /></td>
                <td className="px-3 py-2 text-right"><Figure id={right.id} figure={row.right} /></td>
                <td className="px-3 py-2 text-right text-slate-600">{row.change !== null ? formatPercent(row.change) : row.left && row.right ? 'n/m' : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <Lines title="Customer shares" left={comparison.customers.left} right={comparison.customers.right} testId="compare-customers" />
      <Lines title="Events" left={comparison.events.left} right={comparison.events.right} testId="compare-events" />
    </div>
  );
}
