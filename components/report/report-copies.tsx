import Link from 'next/link';
import type { ReportCopy } from '@/lib/domain/report';
import { formatDateTime } from '@/lib/format';

/** The other uploads of the same file: each its own report, with its own corrections. */
export function ReportCopies({ copies, current }: { copies: ReportCopy[]; current: string }) {
  if (copies.length < 2) return null;
  return (
    <p data-testid="report-copies" data-print="hide" className="text-xs text-slate-500">
      This file was uploaded {copies.length} times, each a report of its own:{' '}
      {copies.map((copy, i) => (
        <span key={copy.id}>
          {i > 0 && ' · '}
          {copy.id === current ? (
            <span className="font-medium text-slate-700">this one ({formatDateTime(copy.createdAt)})</span>
          ) : (
            <Link href={`/reports/${copy.id}`} className="text-sky-700 underline hover:text-sky-900">
              {i === 0 ? 'first' : 'copy'} of {formatDateTime(copy.createdAt)}
            </Link>
          )}
        </span>
      ))}
    </p>
  );
}
