'use client';

import { useState, useTransition } from 'react';
import { createEditLink, type EditLinkResult } from '@/app/actions/create-edit-link';

/**
 * Makes a private edit link on request. Edit keys are stored as hashes, so no page can show an
 * existing one: each click makes a new link, shown once, that works until the report is deleted.
 */
export function EditLinkButton({ reportId }: { reportId: string }) {
  const [result, setResult] = useState<EditLinkResult | null>(null);
  const [pending, startTransition] = useTransition();

  if (result?.ok) {
    const url = `${window.location.origin}${result.path}`;
    return (
      <span>
        keep this private edit link (it is shown only now):{' '}
        <a href={result.path} className="break-all font-mono text-slate-600 underline">{url}</a>
      </span>
    );
  }
  return (
    <span>
      make a private edit link for it.{' '}
      <button
        type="button"
        disabled={pending}
        onClick={() => startTransition(async () => setResult(await createEditLink(reportId)))}
        className="rounded border border-slate-300 bg-white px-2 py-0.5 font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-50"
      >
        {pending ? 'Making a link…' : 'Create edit link'}
      </button>
      {result && !result.ok && <span role="alert" className="ml-2 text-red-700">{result.message}</span>}
    </span>
  );
}
