'use client';

import { usePathname } from 'next/navigation';

/** The page's first stop for the keyboard: straight to a report's facts, elsewhere to the content. */
export function SkipLink() {
  const report = usePathname().startsWith('/reports/');
  return (
    <a
      href={report ? '#facts' : '#main'}
      className="sr-only rounded bg-white px-2 py-1 text-sm text-sky-800 underline focus:not-sr-only focus:absolute focus:left-4 focus:top-2 focus:z-50"
    >
      {report ? 'Skip to the facts' : 'Skip to content'}
    </a>
  );
}
