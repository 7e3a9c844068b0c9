'use client';

import { useEffect, useState } from 'react';

const WIDTHS = [
  { value: 'normal', label: 'Beside' },
  { value: 'wide', label: 'Wide' },
  { value: 'hidden', label: 'Hidden' },
] as const;
type Width = (typeof WIDTHS)[number]['value'];

// Kept per browser: an analyst who reads wide reads every report wide.
const STORAGE_KEY = 'release-desk:text-pane';

/** How much room the release text takes beside the facts: beside them, wide, or hidden (app/globals.css lays it out). */
export function TextPaneControl() {
  const [width, setWidth] = useState<Width>('normal');
  useEffect(() => {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored && WIDTHS.some((w) => w.value === stored)) setWidth(stored as Width);
  }, []);
  useEffect(() => {
    document.getElementById('report-grid')?.setAttribute('data-text-pane', width);
    window.localStorage.setItem(STORAGE_KEY, width);
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
          onClick={() => setWidth(w.value)}
          className={`rounded border px-1.5 py-0.5 ${width === w.value ? 'border-sky-600 bg-sky-50 text-sky-900' : 'border-slate-300 bg-white hover:bg-slate-100'}`}
        >
          {w.label}
        </button>
      ))}
    </div>
  );
}
