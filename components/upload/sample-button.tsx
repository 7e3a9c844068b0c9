'use client';

import { useActionState } from 'react';
import { openSample, type SampleState } from '@/app/actions/open-sample';

/** Lets a first-time visitor see a report without a file of their own. */
export function SampleButton() {
  const [state, action, pending] = useActionState<SampleState>(openSample, null);
  return (
    <form action={action}>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-50"
      >
        Try the sample
      </button>
      <span className="ml-3 text-sm text-slate-500">American Locker Group, July 2005</span>
      <p aria-live="polite" data-testid="sample-error" className="mt-1 text-sm text-red-700">{state?.message}</p>
    </form>
  );
}
