'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useDeferredValue, useEffect, useState } from 'react';
import { LibraryQuerySchema, type LibraryQuery } from '@/lib/domain/listing';
import { LibraryRow } from './library-row';
import { useLibrary } from './use-library';

const PAGE_SIZE = 20;

const SORTS: { value: LibraryQuery['sort']; label: string }[] = [
  { value: 'uploaded', label: 'Upload time (newest first)' },
  { value: 'release_date', label: 'Release date (newest first)' },
];

/** The search, sort and page the URL holds (a shared link, or the page the back button returns to). */
function useUrlQuery(): LibraryQuery {
  const params = useSearchParams();
  const parsed = LibraryQuerySchema.safeParse({ q: params.get('q') ?? undefined, sort: params.get('sort') ?? undefined, page: params.get('page') ?? undefined });
  return parsed.success ? parsed.data : LibraryQuerySchema.parse({});
}

/**
 * Writes the search, sort and page into the URL, replacing the entry: typing makes no history of
 * its own. The browser's own replaceState, which Next's router follows, is synchronous: the URL
 * holds the last keystroke the moment a link is followed.
 */
function useKeepInUrl({ q, sort, page }: LibraryQuery) {
  const pathname = usePathname();
  useEffect(() => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value, fallback] of [['q', q.trim(), ''], ['sort', sort, 'uploaded'], ['page', String(page), '1']] as const) {
      if (value === fallback) next.delete(key);
      else next.set(key, value);
    }
    const url = next.size > 0 ? `${pathname}?${next}` : pathname;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(window.history.state, '', url);
  }, [q, sort, page, pathname]);
}

/** Every stored report: searchable, sortable, a page at a time. */
export function ReportLibrary() {
  const initial = useUrlQuery();
  const [q, setQ] = useState(initial.q);
  const [sort, setSort] = useState<LibraryQuery['sort']>(initial.sort);
  const [page, setPage] = useState(initial.page);
  const query = { q: useDeferredValue(q), sort, page, pageSize: PAGE_SIZE };
  useKeepInUrl(query);
  const { data, isPending, isError, error, isPlaceholderData } = useLibrary(query);
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <section aria-labelledby="library-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="library-heading" className="text-lg font-semibold">Library</h2>
        <div className="flex flex-wrap gap-3 text-sm">
          <label className="flex flex-col gap-1">
            <span className="text-xs text-slate-500">Search company, ticker or text</span>
            <input
              type="search"
              value={q}
              onChange={(e) => { setQ(e.target.value); setPage(1); }}
              placeholder="e.g. USPS"
              className="w-64 rounded-md border border-slate-300 bg-white px-2 py-1.5"
            />
          </label>
          <label className="flex flex-col gap-1">
            <span className="text-xs text-slate-500">Sort by</span>
            <select value={sort} onChange={(e) => { setSort(e.target.value as LibraryQuery['sort']); setPage(1); }} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
              {SORTS.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
            </select>
          </label>
        </div>
      </div>
      <div aria-live="polite" aria-busy={isPending || isPlaceholderData} className={isPlaceholderData ? 'opacity-60' : undefined}>
        {isPending && <p className="text-sm text-slate-500">Loading the library…</p>}
        {isError && <p role="alert" className="text-sm text-red-700">{error.message}</p>}
        {data?.similarTo && (
          <p data-testid="similar-names" className="mb-2 text-sm text-slate-600">
            No report holds “{query.q}”; showing releases of the similar name <strong>{data.similarTo}</strong>.
          </p>
        )}
        {data && data.items.length === 0 && (
          <p className="text-sm text-slate-500">{query.q ? `No report matches “${query.q}”.` : 'No reports yet. Drop a release above or try the sample.'}</p>
        )}
        {data && data.items.length > 0 && (
          <ul data-testid="library" className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
            {data.items.map((item) => <LibraryRow key={item.id} item={item} />)}
          </ul>
        )}
      </div>
      {data && data.total > PAGE_SIZE && (
        <nav aria-label="Library pages" className="flex items-center gap-3 text-sm">
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1 disabled:opacity-40">Previous</button>
          <span>Page {page} of {pages} · {data.total} reports</span>
          <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1 disabled:opacity-40">Next</button>
        </nav>
      )}
    </section>
  );
}
