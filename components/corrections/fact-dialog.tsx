'use client';

import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { correctFact, type CorrectionState } from '@/app/actions/correct-fact';
import type { Source } from '@/lib/domain/release';

const QUOTE_CHARS = 300;

type Props = { reportId: string; title: string; words: Source; text: string; submit: string; onClose: () => void; children: ReactNode };

/** A dialog that records one correction about selected words: their quote, the fields, a reason. */
export function FactDialog({ reportId, title, words, text, submit, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, action, pending] = useActionState<CorrectionState, FormData>(correctFact.bind(null, reportId), null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  useEffect(() => {
    if (state?.ok) onClose();
  }, [state, onClose]);

  const quote = text.slice(words.start, words.end).replace(/\s+/g, ' ');
  return (
    <dialog ref={dialog} onClose={onClose} aria-label={title} className="m-auto w-[min(30rem,92vw)] rounded-xl p-0 shadow-xl backdrop:bg-slate-900/40">
      <form action={action} className="space-y-3 p-4 text-left">
        <h3 className="text-sm font-semibold">{title}</h3>
        <blockquote className="rounded bg-slate-50 px-2 py-1 font-mono text-xs text-slate-700">
          {quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS)}…` : quote}
        </blockquote>
        <input type="hidden" name="sourceStart" value={words.start} />
        <input type="hidden" name="sourceEnd" value={words.end} />
        {children}
        <label className="flex flex-col gap-1 text-xs text-slate-600">
          Reason (kept in the audit trail)
          <textarea name="reason" required minLength={3} maxLength={500} rows={2} className="rounded-md border border-slate-300 px-2 py-1 text-sm" />
        </label>
        <p aria-live="polite" className="text-sm text-red-700">{state && !state.ok ? state.message : ''}</p>
        <div className="flex justify-end gap-2">
          <button type="button" onClick={onClose} className="rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100">
            Cancel
          </button>
          <button type="submit" disabled={pending} className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800">
            {submit}
          </button>
        </div>
      </form>
    </dialog>
  );
}
