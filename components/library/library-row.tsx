import Link from 'next/link';
import { companyKey } from '@/lib/domain/company';
import { Snippet } from './snippet';
import type { LibraryItem } from '@/lib/domain/listing';
import { formatDateTime, formatIsoDate, formatMoney, formatPercent, METRIC_LABELS, periodName, shortCompanyName } from '@/lib/format';

function Figures({ item }: { item: LibraryItem }) {
  const figures = item.listing?.figures ?? [];
  if (figures.length === 0) return <span className="text-slate-400">no headline figures</span>;
  return (
    <span className="flex flex-wrap gap-x-3">
      {figures.map((f) => (
        <span key={f.metric} className="tabular-nums">
          <span className="text-slate-500">{METRIC_LABELS[f.metric]}</span> {formatMoney(f.value, f.unit)}
          {f.percentChange !== null && (
            <span className={f.percentChange < 0 ? 'text-red-700' : 'text-emerald-700'}> {formatPercent(f.percentChange)}</span>
          )}
        </span>
      ))}
    </span>
  );
}

/** A report in the library: who (or, under its company, its headline), when, which period, and its headline figures. */
export function LibraryRow({ item, underCompany = false }: { item: LibraryItem; underCompany?: boolean }) {
  const listing = item.listing;
  const key = listing ? companyKey({ name: listing.company, ticker: listing.ticker }) : null;
  return (
    <li data-testid="library-row" className="grid gap-1 px-4 py-3 text-sm sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <div className="min-w-0">
        <Link href={`/reports/${item.id}`} className="font-medium text-sky-700 underline hover:text-sky-900">
          {underCompany ? (listing?.headline ?? item.fileName) : listing?.company ? shortCompanyName(listing.company) : item.fileName}
        </Link>
        {!underCompany && listing?.ticker && <span className="ml-2 font-mono text-xs text-slate-600">{listing.ticker}</span>}
        {!underCompany && key && (
          <Link href={`/companies/${key}`} className="ml-2 text-xs text-slate-500 underline hover:text-slate-800">
            all releases
          </Link>
        )}
        <p className="truncate text-xs text-slate-500">
          {item.fileName} · uploaded {formatDateTime(item.createdAt)}
          {item.copies > 0 && <span data-testid="library-copies"> · uploaded again {item.copies === 1 ? 'once' : `${item.copies} times`} (copies listed on the report)</span>}
        </p>
      </div>
      <div className="min-w-0 space-y-0.5">
        <p className="text-xs text-slate-500">
          {listing?.releaseDate ? `Released ${formatIsoDate(listing.releaseDate)}` : 'Release date not found'}
          {listing?.period && ` · ${periodName(listing.period, listing.yearEnd)}`}
        </p>
        <Figures item={item} />
        {item.snippet && <Snippet text={item.snippet} />}
      </div>
    </li>
  );
}
