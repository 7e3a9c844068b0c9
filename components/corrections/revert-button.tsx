'use client';

import { useActionState, useEffect, useRef } from 'react';
import { correctFact, type CorrectionState } from '@/app/actions/correct-fact';
import type { CorrectableKind } from '@/lib/domain/correction';

type Props = { reportId: string; correctionId: number; kind: CorrectableKind; what: string };

/** "Revert" beside a fact's latest correction: puts the fact back as it was, with a reason; the trail keeps both. */
export function RevertButton({ reportId, correctionId, kind, what }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, action, pending] = useActionState<CorrectionState, FormData>(correctFact.bind(null, reportId), null);

  useEffect(() => {
    if (state?.ok) dialog.current?.close();
  }, [state]);

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded border border-slate-300 bg-white px-2 text-xs text-slate-700 hover:bg-slate-100"
      >
        Revert
      </button>
      <dialog ref={dialog} aria-label={`Revert: ${what}`} className="m-auto w-[min(28rem,92vw)] rounded-xl p-0 shadow-xl backdrop:bg-slate-900/40">
        <form action={action} className="space-y-3 p-4 text-left">
          <h3 className="text-sm font-semibold">Revert: {what}</h3>
          <p className="text-xs text-slate-600">The fact goes back to what it was before this correction. Both stay in the trail.</p>
          <input type="hidden" name="action" value="revert" />
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="reverts" value={correctionId} />
          <label className="flex flex-col gap-1 text-xs text-slate-600">
            Reason (kept in the audit trail)
            <textarea name="reason" required minLength={3} maxLength={500} rows={2} className="rounded-md border border-slate-300 px-2 py-1 text-sm" />
          </label>
          <p aria-live="polite" className="text-sm text-red-700">{state && !state.ok ? state.message : ''}</p>
          <div className="flex justify-end gap-2">
            <button type="button" onClick={() => dialog.current?.close()} className="rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100">
              Cancel
            </button>
            <button type="submit" disabled={pending} className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800">
              Revert correction
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
