'use client';

import { useState } from 'react';
import type { FactChoice } from '@/lib/report/fact-choices';
import type { GuessContext } from '@/lib/report/selection-guess';
import { AddFactDialog } from './add-fact-dialog';
import { RepointDialog } from './repoint-dialog';
import { useTextSelection, type TextSelection } from './use-text-selection';

type Props = { reportId: string; choices: FactChoice[]; context: GuessContext };

const button = 'rounded px-2 py-1 text-xs font-medium text-white hover:bg-slate-700';

/**
 * Beside words selected in the release text: "Add fact" (one the parser missed) and "Use as source"
 * (point an existing fact at these words). Shown only to those who may edit the report.
 */
export function SelectionMenu({ reportId, choices, context }: Props) {
  const [open, setOpen] = useState<{ dialog: 'add' | 'repoint'; words: TextSelection; text: string } | null>(null);
  const selected = useTextSelection('[data-testid="release-text"]', open !== null);
  const start = (dialog: 'add' | 'repoint') => {
    if (!selected) return;
    const text = document.querySelector('[data-testid="release-text"]')?.textContent ?? '';
    setOpen({ dialog, words: selected, text });
  };
  const close = () => {
    setOpen(null);
    window.getSelection()?.removeAllRanges();
  };
  return (
    <>
      {selected && !open && (
        // At the foot of the window, not beside the words: it stays in view however the text scrolls.
        <div
          role="toolbar"
          aria-label="Selected words"
          data-testid="selection-menu"
          data-print="hide"
          className="fixed bottom-4 left-1/2 z-40 flex -translate-x-1/2 items-center gap-1 rounded-md bg-slate-900 p-1 pl-3 shadow-lg"
        >
          <span className="mr-1 text-xs text-slate-300">{selected.end - selected.start} characters selected</span>
          {/* Keeps the selection: a click on the toolbar must not collapse it before it is read. */}
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => start('add')} className={button}>
            Add fact
          </button>
          {choices.length > 0 && (
            <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => start('repoint')} className={button}>
              Use as source
            </button>
          )}
        </div>
      )}
      {open?.dialog === 'add' && <AddFactDialog reportId={reportId} words={open.words} text={open.text} context={context} onClose={close} />}
      {open?.dialog === 'repoint' && <RepointDialog reportId={reportId} words={open.words} text={open.text} choices={choices} onClose={close} />}
    </>
  );
}
