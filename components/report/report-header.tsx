import type { Report, ReportCopy } from '@/lib/domain/report';
import { formatBytes, formatDateTime } from '@/lib/format';
import { CopyLinkButton } from './copy-link-button';
import { DeleteReportButton } from './delete-report-button';
import { EditLinkButton } from './edit-link-button';
import { ReportCopies } from './report-copies';
import { TextPaneControl } from './text-pane-control';

const LINK = 'text-sm text-sky-700 underline hover:text-sky-900';

/** The report's title, its file and when it arrived, the downloads, and the ways to share it. */
export function ReportHeader({ report, title, editable, copies, staleFrom }: { report: Report; title: string; editable: boolean; copies: ReportCopy[]; staleFrom: string | null }) {
  const api = `/api/reports/${report.id}`;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="break-words text-xl font-semibold">{title}</h1>
          <p className="mt-1 text-sm text-slate-500">
            <span data-testid="report-file" className="break-all font-mono">{report.fileName}</span> · Uploaded <time dateTime={report.createdAt}>{formatDateTime(report.createdAt)}</time> ·{' '}
            {report.format.toUpperCase()} · {formatBytes(report.size)}
          </p>
        </div>
        <nav aria-label="Downloads and sharing" data-print="hide" className="flex flex-wrap items-center gap-3">
          <a href={`${api}/export?format=json`} className={LINK}>JSON</a>
          <a href={`${api}/export?format=csv`} className={LINK}>CSV</a>
          <a href={`${api}/export?format=xlsx`} className={LINK}>Excel</a>
          <a href={`${api}/original`} className={LINK}>Original file</a>
          <TextPaneControl />
          <CopyLinkButton />
          {editable && <DeleteReportButton reportId={report.id} />}
        </nav>
      </div>
      {editable ? (
        <p data-testid="edit-rights" data-print="hide" className="text-xs text-slate-500">
          You can correct this report. To correct it from another browser, <EditLinkButton reportId={report.id} />
        </p>
      ) : (
        <p data-testid="read-only" data-print="hide" className="text-xs text-slate-500">Read-only: only the uploader (or someone with the edit link) can correct this report.</p>
      )}
      {staleFrom && (
        <p data-testid="stale-parse" data-print="hide" className="text-xs text-amber-800">
          These facts were read by an older parser ({staleFrom}). This version is reading the release again in the background: reload in a moment for its reading.
        </p>
      )}
      <ReportCopies copies={copies} current={report.id} />
    </div>
  );
}
