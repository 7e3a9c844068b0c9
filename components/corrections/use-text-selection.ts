'use client';

import { useEffect, useState } from 'react';
import type { Source } from '@/lib/domain/release';

/** Words selected in the release text: their offsets into it. */
export type TextSelection = Source;

/** The selection's offsets in `container`'s text, less the white space at its ends; null outside it. */
function selectionIn(container: HTMLElement): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  // The container's text is the release text, so characters before the selection are its offset.
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const words = range.toString();
  const start = before.toString().length + (words.length - words.trimStart().length);
  const end = start + words.trim().length;
  return end > start ? { start, end } : null;
}

/** Follows the selection inside the element `selector` names; kept while `hold` (a dialog using it is open). */
export function useTextSelection(selector: string, hold: boolean): TextSelection | null {
  const [selected, setSelected] = useState<TextSelection | null>(null);
  useEffect(() => {
    if (hold) return;
    const container = document.querySelector<HTMLElement>(selector);
    if (!container) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSelected(selectionIn(container)));
    };
    document.addEventListener('selectionchange', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
    };
  }, [selector, hold]);
  return selected;
}
