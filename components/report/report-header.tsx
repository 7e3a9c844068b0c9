import type { Report } from '@/lib/domain/report';
import { formatBytes, formatDateTime } from '@/lib/format';
import { CopyLinkButton } from './copy-link-button';

/** File name, when it arrived, and the ways to share or fetch it. */
export function ReportHeader({ report }: { report: Report }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="break-all font-mono text-xl font-semibold">{report.fileName}</h1>
        <p className="mt-1 text-sm text-slate-500">
          Uploaded <time dateTime={report.createdAt}>{formatDateTime(report.createdAt)}</time> ·{' '}
          {report.format.toUpperCase()} · {formatBytes(report.size)}
        </p>
      </div>
      <div className="flex items-center gap-3">
        <a
          href={`/api/reports/${report.id}/original`}
          className="text-sm text-sky-700 underline hover:text-sky-900"
        >
          Original file
        </a>
        <CopyLinkButton />
      </div>
    </div>
  );
}
