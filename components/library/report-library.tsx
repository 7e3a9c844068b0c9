'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useDeferredValue, useEffect, useState } from 'react';
import { LibraryQuerySchema, type LibraryQuery } from '@/lib/domain/listing';
import { CompanyGroups } from './company-groups';
import { LibraryControls } from './library-controls';
import { LibraryRow } from './library-row';
import { useLibrary } from './use-library';

const PAGE_SIZE = 20;

// The library a visitor sees first: a row per company, its releases beneath.
const UI_DEFAULTS = { group: 'company' } as const;

/** The search, sort, filters, grouping and page the URL holds (a shared link, or the page the back button returns to). */
function useUrlQuery(): LibraryQuery {
  const params = useSearchParams();
  const read = (key: string) => params.get(key) ?? undefined;
  const parsed = LibraryQuerySchema.safeParse({
    q: read('q'), sort: read('sort'), company: read('company'), year: read('year'), group: read('group') ?? UI_DEFAULTS.group, page: read('page'),
  });
  return parsed.success ? parsed.data : LibraryQuerySchema.parse(UI_DEFAULTS);
}

/**
 * Writes the search, sort, filters, grouping and page into the URL, replacing the entry: typing
 * makes no history of its own. The browser's own replaceState, which Next's router follows, is
 * synchronous: the URL holds the last keystroke the moment a link is followed.
 */
function useKeepInUrl({ q, sort, company, year, group, page }: LibraryQuery) {
  const pathname = usePathname();
  useEffect(() => {
    const next = new URLSearchParams(window.location.search);
    const values = [['q', q.trim(), ''], ['sort', sort, 'uploaded'], ['company', company ?? '', ''], ['year', year ? String(year) : '', ''], ['group', group, UI_DEFAULTS.group], ['page', String(page), '1']] as const;
    for (const [key, value, fallback] of values) {
      if (value === fallback) next.delete(key);
      else next.set(key, value);
    }
    const url = next.size > 0 ? `${pathname}?${next}` : pathname;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(window.history.state, '', url);
  }, [q, sort, company, year, group, page, pathname]);
}

/**
 * The stored reports (the team's, or with LIBRARY=private this browser's own): searchable,
 * sortable, filtered by company and year, by company or by release, a page at a time.
 */
export function ReportLibrary({ scope }: { scope: 'team' | 'private' }) {
  const initial = useUrlQuery();
  const [q, setQ] = useState(initial.q);
  const [sort, setSort] = useState<LibraryQuery['sort']>(initial.sort);
  const [company, setCompany] = useState(initial.company);
  const [year, setYear] = useState(initial.year);
  const [group, setGroup] = useState(initial.group);
  const [page, setPage] = useState(initial.page);
  const query: LibraryQuery = { q: useDeferredValue(q), sort, company, year, group, page, pageSize: PAGE_SIZE };
  useKeepInUrl(query);
  const { data, isPending, isError, error, isPlaceholderData } = useLibrary(query);
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const change = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };

  return (
    <section aria-labelledby="library-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="library-heading" className="text-lg font-semibold">{scope === 'private' ? 'Your reports' : 'Library'}</h2>
          {scope === 'private' && <p className="text-xs text-slate-500">Only the reports this browser uploaded or opened an edit link for. A report&apos;s link opens it for anyone you send it to.</p>}
        </div>
        <LibraryControls
          q={q} onQ={change(setQ)} sort={sort} onSort={change(setSort)} year={year} onYear={change(setYear)}
          years={data?.years ?? []} group={group} onGroup={change(setGroup)}
        />
      </div>
      {company && (
        <p className="text-sm">
          <span className="rounded-full bg-sky-100 px-2 py-0.5 text-sky-900">Company: {data?.groups?.[0]?.ticker ?? data?.items[0]?.listing?.ticker ?? company}</span>{' '}
          <button type="button" onClick={() => change(setCompany)(undefined)} className="text-sky-700 underline">Show all companies</button>
        </p>
      )}
      <div data-testid="library" aria-live="polite" aria-busy={isPending || isPlaceholderData} className={isPlaceholderData ? 'opacity-60' : undefined}>
        {isPending && <p className="text-sm text-slate-500">Loading the library…</p>}
        {isError && <p role="alert" className="text-sm text-red-700">{error.message}</p>}
        {data?.similarTo && (
          <p data-testid="similar-names" className="mb-2 text-sm text-slate-600">
            No report holds “{query.q}”; showing releases of the similar name <strong>{data.similarTo}</strong>.
          </p>
        )}
        {data && data.items.length === 0 && (
          <p className="text-sm text-slate-500">{query.q ? `No report matches “${query.q}”${company || year ? ' with these filters' : ''}.` : company || year ? 'No report matches these filters.' : 'No reports yet. Drop a release above or try the sample.'}</p>
        )}
        {data?.groups && data.groups.length > 0 && <CompanyGroups groups={data.groups} onOnly={change(setCompany)} />}
        {data && !data.groups && data.items.length > 0 && (
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
            {data.items.map((item) => <LibraryRow key={item.id} item={item} />)}
          </ul>
        )}
      </div>
      {data && data.total > PAGE_SIZE && (
        <nav aria-label="Library pages" className="flex items-center gap-3 text-sm">
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1 disabled:opacity-40">Previous</button>
          <span>Page {page} of {pages} · {data.total} {data.groups ? 'companies' : 'reports'}</span>
          <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1 disabled:opacity-40">Next</button>
        </nav>
      )}
    </section>
  );
}
