'use client';

import { useActionState, useEffect, useRef } from 'react';
import { correctFact, type CorrectionState } from '@/app/actions/correct-fact';
import type { CorrectableKind } from '@/lib/domain/correction';
import { CorrectionFields, type CorrectionDefaults } from './correction-fields';

type Props = { reportId: string; factKey: string; kind: CorrectableKind; title: string; defaults: CorrectionDefaults; label?: string };

/** "Correct" beside a fact: a dialog to change its value, period or type, or dismiss it, with a reason. */
export function CorrectFactButton({ reportId, factKey, kind, title, defaults, label = '✎' }: Props) {
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
        aria-label={`Correct ${title}`}
        title={`Correct ${title}`}
        className="relative z-10 rounded border border-slate-300 bg-white px-1.5 text-xs text-slate-600 hover:bg-slate-100"
      >
        {label}
      </button>
      <dialog ref={dialog} aria-label={`Correct ${title}`} className="m-auto w-[min(28rem,92vw)] rounded-xl p-0 shadow-xl backdrop:bg-slate-900/40">
        <form action={action} className="space-y-3 p-4 text-left">
          <h3 className="text-sm font-semibold">Correct: {title}</h3>
          <input type="hidden" name="factKey" value={factKey} />
          <input type="hidden" name="kind" value={kind} />
          <CorrectionFields kind={kind} defaults={defaults} />
          <label className="flex flex-col gap-1 text-xs text-slate-600">
            Reason (kept in the audit trail)
            <textarea name="reason" required minLength={3} maxLength={500} rows={2} className="rounded-md border border-slate-300 px-2 py-1 text-sm" />
          </label>
          <p aria-live="polite" className="text-sm text-red-700">{state && !state.ok ? state.message : ''}</p>
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" onClick={() => dialog.current?.close()} className="rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100">
              Cancel
            </button>
            <button type="submit" name="action" value="dismiss" disabled={pending} className="rounded-md border border-red-300 px-3 py-1.5 text-sm text-red-700 hover:bg-red-50">
              Dismiss fact
            </button>
            <button type="submit" name="action" value="edit" disabled={pending} className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800">
              Save correction
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
