'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { CorrectionDialog, type CorrectableFact } from './correction-dialog';

/** One labelled action of a fact's menu: "Correct current value", "Dismiss". */
export type FactAction = { label: string; fact: CorrectableFact; mode: 'edit' | 'dismiss' };

type Props = { reportId: string; name: string; actions: FactAction[] };

/** "⋯" beside a fact: its corrections as a menu of labelled actions, each opening its dialog. */
export function FactMenu({ reportId, name, actions }: Props) {
  const [expanded, setExpanded] = useState(false);
  const [chosen, setChosen] = useState<FactAction | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setChosen(null), []);

  // A click elsewhere or Escape closes the menu, as menus do.
  useEffect(() => {
    if (!expanded) return;
    const away = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) setExpanded(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setExpanded(false);
    };
    document.addEventListener('mousedown', away);
    document.addEventListener('keydown', escape);
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('keydown', escape);
    };
  }, [expanded]);

  return (
    <div ref={menu} className="relative z-10 inline-block" data-print="hide">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={expanded}
        aria-label={`Actions for ${name}`}
        title={`Correct or dismiss ${name}`}
        onClick={() => setExpanded((open) => !open)}
        className="rounded border border-slate-300 bg-white px-1.5 text-xs leading-5 text-slate-600 hover:bg-slate-100"
      >
        ⋯
      </button>
      {expanded && (
        <div role="menu" aria-label={`Actions for ${name}`} className="absolute right-0 top-full z-30 mt-1 w-52 rounded-md border border-slate-200 bg-white py-1 text-left shadow-lg">
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              role="menuitem"
              onClick={() => {
                setExpanded(false);
                setChosen(action);
              }}
              className={`block w-full px-3 py-1.5 text-left text-sm hover:bg-slate-100 focus:bg-slate-100 focus:outline-none ${action.mode === 'dismiss' ? 'text-red-700' : 'text-slate-800'}`}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
      {chosen && <CorrectionDialog reportId={reportId} fact={chosen.fact} mode={chosen.mode} onClose={close} />}
    </div>
  );
}
