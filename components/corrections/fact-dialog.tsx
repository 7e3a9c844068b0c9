'use client';

import type { ReactNode } from 'react';
import type { Source } from '@/lib/domain/release';
import { CorrectionFormDialog } from './correction-form-dialog';

const QUOTE_CHARS = 300;

type Props = { reportId: string; title: string; words: Source; text: string; submit: string; onClose: () => void; children: ReactNode };

/** A correction about selected words (a fact added from them, or pointed at them): their quote and offsets, then the fields. */
export function FactDialog({ reportId, title, words, text, submit, onClose, children }: Props) {
  const quote = text.slice(words.start, words.end).replace(/\s+/g, ' ');
  return (
    <CorrectionFormDialog reportId={reportId} title={title} submit={submit} width="wide" onClose={onClose}>
      <blockquote className="rounded bg-slate-50 px-2 py-1 font-mono text-xs text-slate-700">
        {quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS)}…` : quote}
      </blockquote>
      <input type="hidden" name="sourceStart" value={words.start} />
      <input type="hidden" name="sourceEnd" value={words.end} />
      {children}
    </CorrectionFormDialog>
  );
}
