import type { LibraryQuery } from '@/lib/domain/listing';

const SORTS: { value: LibraryQuery['sort']; label: string }[] = [
  { value: 'uploaded', label: 'Upload time (newest first)' },
  { value: 'release_date', label: 'Release date (newest first)' },
];

const FIELD = 'rounded-md border border-slate-300 bg-white px-2 py-1.5';

type Props = {
  q: string;
  onQ: (q: string) => void;
  sort: LibraryQuery['sort'];
  onSort: (sort: LibraryQuery['sort']) => void;
  year: number | undefined;
  onYear: (year: number | undefined) => void;
  years: number[];
  group: LibraryQuery['group'];
  onGroup: (group: LibraryQuery['group']) => void;
};

/** The library's search box, sort, release-year filter and grouping. */
export function LibraryControls({ q, onQ, sort, onSort, year, onYear, years, group, onGroup }: Props) {
  return (
    <div className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1">
        <span className="text-xs text-slate-500">Search company, ticker or text</span>
        <input type="search" value={q} onChange={(e) => onQ(e.target.value)} placeholder="e.g. USPS" className={`w-64 ${FIELD}`} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-slate-500">Sort by</span>
        <select value={sort} onChange={(e) => onSort(e.target.value as LibraryQuery['sort'])} className={FIELD}>
          {SORTS.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-slate-500">Released in</span>
        <select value={year ?? ''} onChange={(e) => onYear(e.target.value ? Number(e.target.value) : undefined)} className={FIELD}>
          <option value="">Any year</option>
          {/* The chosen year stays a choice while the next page of years loads. */}
          {[...new Set([...(year ? [year] : []), ...years])].sort((a, b) => b - a).map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <label className="flex items-center gap-2 pb-1.5">
        <input type="checkbox" checked={group === 'company'} onChange={(e) => onGroup(e.target.checked ? 'company' : 'none')} />
        Group by company
      </label>
    </div>
  );
}
