'use client';

import { useState } from 'react';
import type { FactChoice } from '@/lib/report/fact-choices';
import { FactDialog } from './fact-dialog';
import type { TextSelection } from './use-text-selection';

type Props = { reportId: string; words: TextSelection; text: string; choices: FactChoice[]; onClose: () => void };

/** "Use as source": the chosen fact now comes from the selected words; its highlight follows. */
export function RepointDialog({ reportId, words, text, choices, onClose }: Props) {
  const [key, setKey] = useState(choices[0]!.key);
  const kind = choices.find((c) => c.key === key)?.kind ?? 'metric';
  return (
    <FactDialog reportId={reportId} title="Use the selected words as a fact’s source" words={words} text={text} submit="Use as source" onClose={onClose}>
      <input type="hidden" name="action" value="repoint" />
      <input type="hidden" name="kind" value={kind} />
      <label className="flex flex-col gap-1 text-xs text-slate-600">
        Fact
        <select name="factKey" value={key} onChange={(e) => setKey(e.target.value)} className="rounded-md border border-slate-300 px-2 py-1 text-sm">
          {choices.map((c) => <option key={c.key} value={c.key}>{c.label}</option>)}
        </select>
      </label>
    </FactDialog>
  );
}
