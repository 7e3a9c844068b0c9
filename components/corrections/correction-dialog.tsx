'use client';

import { useActionState, useEffect, useRef } from 'react';
import { correctFact, type CorrectionState } from '@/app/actions/correct-fact';
import type { CorrectableKind } from '@/lib/domain/correction';
import { CorrectionFields, type CorrectionDefaults } from './correction-fields';

/** One fact an analyst may correct: where it is, what it is called, its current values. */
export type CorrectableFact = { factKey: string; kind: CorrectableKind; title: string; defaults: CorrectionDefaults };

type Props = { reportId: string; fact: CorrectableFact; mode: 'edit' | 'dismiss'; onClose: () => void };

/** Correct a fact's values, or dismiss it, with a reason for the audit trail; open while mounted. */
export function CorrectionDialog({ reportId, fact, mode, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, action, pending] = useActionState<CorrectionState, FormData>(correctFact.bind(null, reportId), null);
  const title = `${mode === 'edit' ? 'Correct' : 'Dismiss'} ${fact.title}`;

  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  useEffect(() => {
    if (state?.ok) onClose();
  }, [state, onClose]);

  return (
    <dialog ref={dialog} onClose={onClose} aria-label={title} className="m-auto w-[min(28rem,92vw)] rounded-xl p-0 shadow-xl backdrop:bg-slate-900/40">
      <form action={action} className="space-y-3 p-4 text-left">
        <h3 className="text-sm font-semibold">{title}</h3>
        <input type="hidden" name="factKey" value={fact.factKey} />
        <input type="hidden" name="kind" value={fact.kind} />
        <input type="hidden" name="action" value={mode} />
        {mode === 'edit' ? (
          <CorrectionFields kind={fact.kind} defaults={fact.defaults} />
        ) : (
          <p className="text-xs text-slate-600">The fact leaves the report, its charts and exports; the trail keeps it and it can be reverted.</p>
        )}
        <label className="flex flex-col gap-1 text-xs text-slate-600">
          Reason (kept in the audit trail)
          <textarea name="reason" required minLength={3} maxLength={500} rows={2} className="rounded-md border border-slate-300 px-2 py-1 text-sm" />
        </label>
        <p aria-live="polite" className="text-sm text-red-700">{state && !state.ok ? state.message : ''}</p>
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" onClick={onClose} className="rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100">
            Cancel
          </button>
          {mode === 'edit' ? (
            <button type="submit" disabled={pending} className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800">
              Save correction
            </button>
          ) : (
            <button type="submit" disabled={pending} className="rounded-md border border-red-300 px-3 py-1.5 text-sm text-red-700 hover:bg-red-50">
              Dismiss fact
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
