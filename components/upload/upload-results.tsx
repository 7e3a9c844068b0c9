import Link from 'next/link';
import type { UploadRow } from './use-upload-queue';

function Pending({ text }: { text: string }) {
  return <span className="text-slate-500">{text}</span>;
}

function RowStatus({ row }: { row: UploadRow }) {
  switch (row.status) {
    case 'queued':
      return <Pending text="Waiting…" />;
    case 'uploading':
      return <Pending text="Uploading…" />;
    case 'paused':
      return <Pending text={`Over the upload limit: sending again at ${new Date(row.retryAt).toLocaleTimeString()}…`} />;
    case 'waiting':
      return <Pending text="Uploaded, being read…" />;
    case 'done':
      return <Done row={row} />;
  }
}

function Done({ row }: { row: Extract<UploadRow, { status: 'done' }> }) {
  const { outcome } = row;
  if (!outcome.ok) return <span className="text-red-700">{outcome.message}</span>;
  return (
    <span className="flex flex-wrap items-baseline gap-2">
      {row.reading === 'read' && row.company && <span className="text-slate-700">{row.company}</span>}
      {row.reading === 'unread' && <span className="text-xs text-amber-800">Could not be read: its text is kept</span>}
      {outcome.copyOf && <span className="text-xs text-slate-500">Uploaded before: this is your own copy</span>}
      <Link href={outcome.url} className="font-medium text-sky-700 underline hover:text-sky-900">
        Open report
      </Link>
    </span>
  );
}

function summary(rows: UploadRow[]): string {
  const done = rows.filter((r) => r.status === 'done').length;
  const reading = rows.filter((r) => r.status === 'waiting').length;
  const files = `${rows.length} ${rows.length === 1 ? 'file' : 'files'}`;
  return reading > 0 ? `${done} of ${files} processed · ${reading} being read` : `${done} of ${files} processed`;
}

/** One line per file of the last upload: waiting, uploading, being read, its report link or why it failed. */
export function UploadResults({ rows }: { rows: UploadRow[] }) {
  if (rows.length === 0) return null;
  return (
    <div data-testid="upload-results" className="rounded-xl border border-slate-200 bg-white">
      <p data-testid="upload-summary" className="border-b border-slate-200 px-4 py-2 text-sm text-slate-600">
        {summary(rows)}
      </p>
      <ul className="divide-y divide-slate-100">
        {rows.map((row) => (
          <li key={row.key} data-testid="upload-row" className="flex flex-wrap justify-between gap-2 px-4 py-2 text-sm">
            <span className="font-mono text-slate-800">{row.fileName}</span>
            <RowStatus row={row} />
          </li>
        ))}
      </ul>
    </div>
  );
}
