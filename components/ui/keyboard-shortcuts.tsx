'use client';

import { useEffect, useRef, useState } from 'react';

const SHORTCUTS: [string, string][] = [
  ['j', 'next fact: its words in the text'],
  ['k', 'previous fact'],
  ['/', 'search the library (home page)'],
  ['?', 'this list'],
];

// The facts, in page order, that point at words of the text.
function factLinks(): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLElement>('[id^="fact-"]')]
    .map((fact) => fact.querySelector<HTMLAnchorElement>('a[href^="#src-"]'))
    .filter((link): link is HTMLAnchorElement => link !== null);
}

function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/** j/k step through the facts (the text scrolls to each one's words), "/" searches, "?" lists the keys. */
export function KeyboardShortcuts() {
  const [open, setOpen] = useState(false);
  const at = useRef(-1);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || typingIn(event.target)) return;
      if (event.key === '?') return setOpen((o) => !o);
      if (event.key === 'Escape') return setOpen(false);
      if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>('input[type="search"]');
        if (search) {
          event.preventDefault();
          search.focus();
        }
        return;
      }
      if (event.key !== 'j' && event.key !== 'k') return;
      const links = factLinks();
      if (links.length === 0) return;
      at.current = Math.min(links.length - 1, Math.max(0, at.current + (event.key === 'j' ? 1 : -1)));
      const link = links[at.current]!;
      link.focus();
      window.location.hash = link.getAttribute('href')!.slice(1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (!open) return null;
  return (
    <div role="dialog" aria-label="Keyboard shortcuts" data-testid="shortcuts" className="fixed bottom-4 right-4 z-50 rounded-xl border border-slate-300 bg-white p-4 text-sm shadow-lg">
      <p className="mb-2 font-semibold">Keyboard shortcuts</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {SHORTCUTS.map(([key, what]) => (
          <div key={key} className="contents">
            <dt><kbd className="rounded border border-slate-300 px-1.5 font-mono">{key}</kbd></dt>
            <dd className="text-slate-600">{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={() => setOpen(false)} className="mt-3 text-xs text-sky-700 underline">Close (Esc)</button>
    </div>
  );
}
