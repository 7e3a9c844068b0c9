'use client';

import { useState, useTransition } from 'react';
import { deleteReport } from '@/app/actions/delete-report';

/** Deletes the report after the uploader confirms; the original file and corrections go with it. */
export function DeleteReportButton({ reportId }: { reportId: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function onClick() {
    if (!window.confirm('Delete this report, its original file and its corrections? This cannot be undone.')) return;
    startTransition(async () => {
      const result = await deleteReport(reportId);
      setError(result.message);
    });
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={onClick} disabled={pending} className="rounded-md border border-red-300 px-3 py-1.5 text-sm text-red-700 hover:bg-red-50">
        {pending ? 'Deleting…' : 'Delete'}
      </button>
      {error && <span role="alert" className="text-sm text-red-700">{error}</span>}
    </span>
  );
}
