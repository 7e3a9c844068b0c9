import Link from 'next/link';
import type { ReportSummary } from '@/lib/domain/report';
import { formatBytes, formatDateTime } from '@/lib/format';

/** The newest reports, each linking to its page. */
export function RecentReports({ reports }: { reports: ReportSummary[] }) {
  return (
    <section aria-labelledby="recent-heading" className="space-y-3">
      <h2 id="recent-heading" className="text-lg font-semibold">
        Recent reports
      </h2>
      {reports.length === 0 ? (
        <p className="text-sm text-slate-500">No reports yet. Drop a release above or try the sample.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
          {reports.map((report) => (
            <li key={report.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2 text-sm">
              <Link href={`/reports/${report.id}`} className="font-mono text-sky-700 underline hover:text-sky-900">
                {report.fileName}
              </Link>
              <span className="text-slate-500">
                {report.format.toUpperCase()} · {formatBytes(report.size)} · {formatDateTime(report.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
