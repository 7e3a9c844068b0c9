'use client';

import { useState } from 'react';

type Status = 'idle' | 'copied' | 'failed';

/** Copies this page's address, the report's share link. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<Status>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
      >
        Copy link
      </button>
      <span aria-live="polite" className="text-sm text-slate-500">
        {status === 'copied' && 'Link copied'}
        {status === 'failed' && 'Copy failed — copy the address bar instead'}
      </span>
    </span>
  );
}
