'use client';

import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';

function follow(target: EventTarget) {
  // Selecting words (to add a fact from them) is not a click on the highlight under them.
  if (window.getSelection()?.isCollapsed === false) return;
  const mark = (target as Element).closest?.('[data-anchor]');
  const anchor = mark?.getAttribute('data-anchor');
  if (anchor) window.location.hash = anchor;
}

/** Clicking (or pressing Enter on) a highlight in the text jumps to its fact, as links do. */
export function HighlightNavigator({ children }: { children: ReactNode }) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    follow(event.target);
  };
  return (
    // The highlights inside are focusable with role="link"; this only routes their clicks and keys.
    <div onClick={(event: MouseEvent) => follow(event.target)} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
