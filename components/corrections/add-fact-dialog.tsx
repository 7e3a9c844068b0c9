'use client';

import { useState } from 'react';
import { CorrectableKindSchema, type CorrectableKind } from '@/lib/domain/correction';
import { guessFact, type GuessContext } from '@/lib/report/selection-guess';
import { CorrectionFields } from './correction-fields';
import { FactDialog } from './fact-dialog';
import type { TextSelection } from './use-text-selection';

const KIND_NAMES: Record<CorrectableKind, string> = { metric: 'Figure (metric)', customer: 'Customer share', event: 'Event' };

type Props = { reportId: string; words: TextSelection; text: string; context: GuessContext; onClose: () => void };

/** "Add fact": a fact the parser missed, its fields first guessed from the selected words. */
export function AddFactDialog({ reportId, words, text, context, onClose }: Props) {
  const guess = guessFact(text, words, context);
  const [kind, setKind] = useState<CorrectableKind>(guess.kind);
  return (
    <FactDialog reportId={reportId} title="Add a fact from the selected words" words={words} text={text} submit="Add fact" onClose={onClose}>
      <input type="hidden" name="action" value="add" />
      <label className="flex flex-col gap-1 text-xs text-slate-600">
        Kind of fact
        <select name="kind" value={kind} onChange={(e) => setKind(CorrectableKindSchema.parse(e.target.value))} className="rounded-md border border-slate-300 px-2 py-1 text-sm">
          {CorrectableKindSchema.options.map((k) => <option key={k} value={k}>{KIND_NAMES[k]}</option>)}
        </select>
      </label>
      {/* Remounted per kind, so each kind's fields start from the guess. */}
      <CorrectionFields key={kind} kind={kind} defaults={kind === guess.kind ? guess : { periodEnd: guess.periodEnd, periodMonths: guess.periodMonths, date: context.releaseDate ?? undefined }} adding />
    </FactDialog>
  );
}
