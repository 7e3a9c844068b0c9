'use client';

import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { correctFact, type CorrectionState } from '@/app/actions/correct-fact';

const SUBMIT_TONES = {
  primary: 'bg-sky-700 font-medium text-white hover:bg-sky-800',
  danger: 'border border-red-300 text-red-700 hover:bg-red-50',
} as const;

type Props = {
  reportId: string;
  title: string;
  submit: string;
  tone?: keyof typeof SUBMIT_TONES;
  width?: 'normal' | 'wide';
  onClose: () => void;
  /** What the correction is: its hidden fields, its visible ones, any words of explanation. */
  children: ReactNode;
};

/**
 * The one dialog every correction goes through: open while mounted, the kind's fields, a reason
 * for the audit trail, the server's message when it refuses, and Cancel beside the submit button.
 */
export function CorrectionFormDialog({ reportId, title, submit, tone = 'primary', width = 'normal', onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, action, pending] = useActionState<CorrectionState, FormData>(correctFact.bind(null, reportId), null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  useEffect(() => {
    if (state?.ok) onClose();
  }, [state, onClose]);

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-label={title}
      className={`m-auto ${width === 'wide' ? 'w-[min(30rem,92vw)]' : 'w-[min(28rem,92vw)]'} rounded-xl p-0 shadow-xl backdrop:bg-slate-900/40`}
    >
      <form action={action} className="space-y-3 p-4 text-left">
        <h3 className="text-sm font-semibold">{title}</h3>
        {children}
        <label className="flex flex-col gap-1 text-xs text-slate-600">
          Reason (kept in the audit trail)
          <textarea name="reason" required minLength={3} maxLength={500} rows={2} className="rounded-md border border-slate-300 px-2 py-1 text-sm" />
        </label>
        <p aria-live="polite" className="text-sm text-red-700">{state && !state.ok ? state.message : ''}</p>
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" onClick={onClose} className="rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100">
            Cancel
          </button>
          <button type="submit" disabled={pending} className={`rounded-md px-3 py-1.5 text-sm ${SUBMIT_TONES[tone]}`}>
            {submit}
          </button>
        </div>
      </form>
    </dialog>
  );
}
