'use client';

import { useActionState } from 'react';
import { pasteRelease, type PasteState } from '@/app/actions/paste-release';

/** A text box for releases copied from a web page or an email. */
export function PasteForm() {
  const [state, action, pending] = useActionState<PasteState, FormData>(pasteRelease, null);
  return (
    <form action={action} className="space-y-2">
      <label htmlFor="paste-text" className="block text-sm font-medium text-slate-700">
        Or paste the text of a release
      </label>
      <textarea
        id="paste-text"
        name="text"
        rows={6}
        className="w-full rounded-md border border-slate-300 bg-white p-3 font-mono text-sm focus:border-sky-500 focus:outline-none"
        placeholder="JAMESTOWN, NY- (BUSINESS WIRE) July 27, 2005. American Locker Group Incorporated announced…"
      />
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-50"
        >
          {pending ? 'Reading…' : 'Read pasted text'}
        </button>
        <p aria-live="polite" data-testid="paste-error" className="text-sm text-red-700">
          {state?.message}
        </p>
      </div>
    </form>
  );
}
