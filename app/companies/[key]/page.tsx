import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CompanySeriesChart } from '@/components/charts/company-series-chart';
import { MetricByPeriod } from '@/components/company/metric-by-period';
import { loadCompany } from '@/lib/reports/load-company';
import { formatIsoDate, formatPeriod, periodName, shortCompanyName } from '@/lib/format';
import type { CompanySeries, CompanyView } from '@/lib/report/company-view';

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await loadCompany((await params).key);
  return { title: view?.name ? `${shortCompanyName(view.name)} — releases over time` : 'Company not found' };
}

// The series an analyst looks at first; diluted EPS, else EPS of unstated kind.
const CHARTED = [
  { metrics: ['revenue'], title: 'Revenue' },
  { metrics: ['net_income'], title: 'Net income' },
  { metrics: ['eps_diluted', 'eps'], title: 'EPS (diluted)' },
] as const;

function Charts({ label, series, yearEnd }: { label: string; series: CompanySeries[]; yearEnd: number | null }) {
  const charts = CHARTED.map((c) => ({ title: c.title, series: c.metrics.map((m) => series.find((s) => s.metric === m)).find((s) => s !== undefined) })).filter(
    (c) => c.series && c.series.points.length > 0,
  );
  if (charts.length === 0) return null;
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {charts.map((c) => (
        <figure key={c.title} data-testid={`series-${label}-${c.series!.metric}`} className="rounded-xl border border-slate-200 bg-white p-3">
          <figcaption className="text-sm font-semibold text-slate-700">
            {c.title}, {label}
          </figcaption>
          <CompanySeriesChart points={c.series!.points} yearEnd={yearEnd} />
        </figure>
      ))}
    </div>
  );
}

/** Two releases to set side by side: a plain GET form, so the comparison has a link of its own. */
function CompareForm({ companyKey, releases, yearEnd }: { companyKey: string; releases: CompanyView['releases']; yearEnd: number | null }) {
  const label = (r: CompanyView['releases'][number]) => `${r.period ? periodName(r.period, yearEnd) : 'no period'} · ${r.headline ?? r.fileName}`;
  const select = (name: string, title: string, chosen: number) => (
    <label className="flex min-w-0 flex-col gap-1">
      <span className="text-xs text-slate-500">{title}</span>
      <select name={name} defaultValue={releases[chosen]!.id} className="max-w-xs rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
        {releases.map((r) => <option key={r.id} value={r.id}>{label(r)}</option>)}
      </select>
    </label>
  );
  // The latest release beside the latest one of another period (a filing's newsroom twin says the same).
  const last = releases.length - 1;
  const before = releases.findLastIndex((r) => r.period?.end !== releases[last]!.period?.end);
  return (
    <form action={`/companies/${companyKey}/compare`} method="get" aria-label="Compare two releases" className="flex flex-wrap items-end gap-3">
      {select('a', 'Compare', before >= 0 ? before : last - 1)}
      {select('b', 'with', last)}
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">Compare</button>
    </form>
  );
}

export default async function CompanyPage({ params }: Props) {
  const { key } = await params;
  const view = await loadCompany(key);
  if (!view) notFound();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold">{view.name ? shortCompanyName(view.name) : 'Unnamed company'}</h1>
        <p className="text-sm text-slate-500">
          {view.ticker && <span className="font-mono">{view.ticker} · </span>}
          {view.releases.length} {view.releases.length === 1 ? 'release' : 'releases'} · GAAP consolidated figures, corrections applied
        </p>
        <nav aria-label="Downloads" data-print="hide" className="mt-1 flex gap-3 text-sm">
          <a href={`/api/companies/${key}/export?format=xlsx`} className="text-sky-700 underline hover:text-sky-900">Excel</a>
          <a href={`/api/companies/${key}/export?format=csv`} className="text-sky-700 underline hover:text-sky-900">CSV</a>
        </nav>
      </div>
      <section aria-labelledby="releases-heading" className="space-y-2">
        <h2 id="releases-heading" className="text-base font-semibold">Releases</h2>
        <ol data-testid="company-releases" className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white text-sm">
          {view.releases.map((r) => (
            <li key={r.id} data-testid="company-release" className="flex flex-wrap items-baseline gap-x-3 px-3 py-2">
              <span className="w-24 shrink-0 text-xs text-slate-500" title={r.period ? formatPeriod(r.period) : undefined}>{r.period ? periodName(r.period, view.yearEnd) : 'no period'}</span>
              <Link href={`/reports/${r.id}`} className="min-w-0 flex-1 text-sky-700 underline hover:text-sky-900">{r.headline ?? r.fileName}</Link>
              <span className="text-xs text-slate-500">{r.releaseDate ? `Released ${formatIsoDate(r.releaseDate)}` : 'release date not found'}</span>
            </li>
          ))}
        </ol>
      </section>
      {view.releases.length >= 2 && <CompareForm companyKey={key} releases={view.releases} yearEnd={view.yearEnd} />}
      {view.quarters.length > 0 && (
        <>
          <Charts label="by quarter" series={view.quarters} yearEnd={view.yearEnd} />
          <MetricByPeriod title="By quarter" series={view.quarters} testId="company-quarters" yearEnd={view.yearEnd} />
        </>
      )}
      {view.years.length > 0 && (
        <>
          <Charts label="by year" series={view.years} yearEnd={view.yearEnd} />
          <MetricByPeriod title="By year" series={view.years} testId="company-years" yearEnd={view.yearEnd} />
        </>
      )}
    </div>
  );
}
