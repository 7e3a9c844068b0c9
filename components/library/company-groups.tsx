import Link from 'next/link';
import type { LibraryGroup } from '@/lib/domain/listing';
import { shortCompanyName } from '@/lib/format';
import { LibraryRow } from './library-row';

/** The library by company: a row per company, its newest matching releases beneath. */
export function CompanyGroups({ groups, onOnly }: { groups: LibraryGroup[]; onOnly: (key: string) => void }) {
  return (
    <ul data-testid="library-companies" className="space-y-3">
      {groups.map((g) => (
        <li key={g.key || 'unnamed'} data-testid="library-company" className="rounded-xl border border-slate-200 bg-white">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b border-slate-100 px-4 py-2">
            <h3 className="font-semibold">
              {g.key ? <Link href={`/companies/${g.key}`} className="hover:underline">{g.company ? shortCompanyName(g.company) : g.ticker}</Link> : 'Releases that name no company'}
            </h3>
            {g.ticker && <span className="font-mono text-xs text-slate-600">{g.ticker}</span>}
            <span className="text-xs text-slate-500">
              {g.total} {g.total === 1 ? 'release' : 'releases'}
              {g.total > g.items.length && ` · newest ${g.items.length} shown`}
            </span>
            {g.key && (
              <button type="button" onClick={() => onOnly(g.key)} className="ml-auto text-xs text-sky-700 underline hover:text-sky-900">
                Only this company
              </button>
            )}
          </div>
          <ul className="divide-y divide-slate-100">
            {g.items.map((item) => <LibraryRow key={item.id} item={item} underCompany />)}
          </ul>
        </li>
      ))}
    </ul>
  );
}
