import Link from 'next/link';
import type { UploadRow } from './use-upload-queue';

function RowStatus({ row }: { row: UploadRow }) {
  if (row.status !== 'done') {
    return <span className="text-slate-500">{row.status === 'queued' ? 'Waiting…' : 'Uploading…'}</span>;
  }
  const { outcome } = row;
  if (!outcome.ok) return <span className="text-red-700">{outcome.message}</span>;
  return (
    <span className="flex flex-wrap items-baseline gap-2">
      {outcome.copyOf && <span className="text-xs text-slate-500">Uploaded before: this is your own copy</span>}
      <Link href={outcome.url} className="font-medium text-sky-700 underline hover:text-sky-900">
        Open report
      </Link>
    </span>
  );
}

/** One line per file of the last upload: waiting, uploading, its report link or why it failed. */
export function UploadResults({ rows }: { rows: UploadRow[] }) {
  if (rows.length === 0) return null;
  const done = rows.filter((r) => r.status === 'done').length;
  return (
    <div data-testid="upload-results" className="rounded-xl border border-slate-200 bg-white">
      <p className="border-b border-slate-200 px-4 py-2 text-sm text-slate-600">
        {done} of {rows.length} {rows.length === 1 ? 'file' : 'files'} processed
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
