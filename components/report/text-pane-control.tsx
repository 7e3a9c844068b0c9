'use client';

import { useEffect, useSyncExternalStore } from 'react';

const WIDTHS = [
  { value: 'normal', label: 'Beside' },
  { value: 'wide', label: 'Wide' },
  { value: 'hidden', label: 'Hidden' },
] as const;
type Width = (typeof WIDTHS)[number]['value'];

// Kept per browser: an analyst who reads wide reads every report wide.
const STORAGE_KEY = 'release-desk:text-pane';
const CHANGED = 'release-desk:text-pane-changed';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function stored(): Width {
  const value = window.localStorage.getItem(STORAGE_KEY);
  return WIDTHS.find((w) => w.value === value)?.value ?? 'normal';
}

function choose(width: Width) {
  window.localStorage.setItem(STORAGE_KEY, width);
  window.dispatchEvent(new Event(CHANGED));
}

/** How much room the release text takes beside the facts: beside them, wide, or hidden (app/globals.css lays it out). */
export function TextPaneControl() {
  // The server renders the text beside the facts; the browser's choice applies once it runs.
  const width = useSyncExternalStore(subscribe, stored, () => 'normal' as const);
  useEffect(() => {
    document.getElementById('report-grid')?.setAttribute('data-text-pane', width);
  }, [width]);
  return (
    <div role="radiogroup" aria-label="Release text" data-print="hide" className="hidden items-center gap-1 text-xs text-slate-500 lg:flex">
      <span>Text:</span>
      {WIDTHS.map((w) => (
        <button
          key={w.value}
          type="button"
          role="radio"
          aria-checked={width === w.value}
          onClick={() => choose(w.value)}
          className={`rounded border px-1.5 py-0.5 ${width === w.value ? 'border-sky-600 bg-sky-50 text-sky-900' : 'border-slate-300 bg-white hover:bg-slate-100'}`}
        >
          {w.label}
        </button>
      ))}
    </div>
  );
}
