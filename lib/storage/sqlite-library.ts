import type Database from 'better-sqlite3';
import { ListingSchema, type LibraryItem, type LibraryPage, type LibraryQuery, type Listing } from '@/lib/domain/listing';
import { companyKey } from '@/lib/domain/company';
import { ReleaseFormatSchema } from '@/lib/domain/report';
import { ftsQuery } from './fts-query';

type LibraryRow = { id: string; file_name: string; size: number; format: string; created_at: string; listing_json: string | null };

// Each matches a covering index (migration 3) term for term, so SQLite walks the index, not the rows.
const ORDER = {
  uploaded: 'r.created_at DESC, r.id',
  release_date: '(r.release_date IS NULL), r.release_date DESC, r.created_at DESC, r.id',
} as const;

function toItem(row: LibraryRow): LibraryItem {
  const listing = row.listing_json === null ? null : ListingSchema.safeParse(JSON.parse(row.listing_json));
  return {
    id: row.id,
    fileName: row.file_name,
    size: row.size,
    format: ReleaseFormatSchema.parse(row.format),
    createdAt: row.created_at,
    listing: listing?.success ? listing.data : null,
  };
}

/**
 * One page of the library: full-text search over company, ticker and text, then sorted. The page's
 * ids come from the indexes alone; only those rows are then read.
 */
export function listLibrary(db: Database.Database, query: LibraryQuery): LibraryPage {
  const match = ftsQuery(query.q);
  const offset = (query.page - 1) * query.pageSize;
  // INDEXED BY: left to itself SQLite joins through the unique search_rowid index and then reads
  // every matching row for its sort keys.
  const ids = (
    match
      ? db
          .prepare(`SELECT r.id FROM reports_fts f JOIN reports r INDEXED BY reports_search_keys ON r.search_rowid = f.rowid
                    WHERE reports_fts MATCH ? ORDER BY ${ORDER[query.sort]} LIMIT ? OFFSET ?`)
          .all(match, query.pageSize, offset)
      : db.prepare(`SELECT r.id FROM reports r ORDER BY ${ORDER[query.sort]} LIMIT ? OFFSET ?`).all(query.pageSize, offset)
  ).map((row) => (row as { id: string }).id);
  const { n } = (
    match
      ? db.prepare('SELECT count(*) AS n FROM reports_fts WHERE reports_fts MATCH ?').get(match)
      : db.prepare('SELECT count(*) AS n FROM reports').get()
  ) as { n: number };
  const rows = ids.length
    ? (db
        .prepare(`SELECT id, file_name, size, format, created_at, listing_json FROM reports WHERE id IN (${ids.map(() => '?').join(',')})`)
        .all(...ids) as LibraryRow[])
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { items: ids.map((id) => toItem(byId.get(id)!)), total: n, page: query.page, pageSize: query.pageSize };
}

// '' for a listing that names no company: keyed, so the store never looks at it again.
function keyOf(listing: Listing | null): string | null {
  return listing ? (companyKey({ name: listing.company, ticker: listing.ticker }) ?? '') : null;
}

/** Keys the listed reports stored before reports had a company key (migration 4). */
export function keyCompanies(db: Database.Database): void {
  const rows = db.prepare('SELECT id, listing_json FROM reports WHERE company_key IS NULL AND listing_json IS NOT NULL').all() as { id: string; listing_json: string }[];
  const update = db.prepare('UPDATE reports SET company_key = ? WHERE id = ?');
  for (const row of rows) {
    const listing = ListingSchema.safeParse(JSON.parse(row.listing_json));
    update.run(keyOf(listing.success ? listing.data : null) ?? '', row.id);
  }
}

/** A company's reports, oldest release first (undated ones last), at most `limit`. */
export function listCompany(db: Database.Database, key: string, limit: number): LibraryItem[] {
  const rows = db
    .prepare(
      `SELECT id, file_name, size, format, created_at, listing_json FROM reports WHERE company_key = ?
       ORDER BY (release_date IS NULL), release_date, created_at LIMIT ?`,
    )
    .all(key, limit) as LibraryRow[];
  return rows.map(toItem);
}

/** Writes a report's library columns and search row. */
export function indexReport(db: Database.Database, id: string, listing: Listing | null, searchText: string | null): void {
  db.prepare(
    `UPDATE reports SET company = @company, ticker = @ticker, release_date = @releaseDate, listing_json = @json,
                        company_key = @companyKey WHERE id = @id`,
  ).run({
    id,
    company: listing?.company ?? null,
    ticker: listing?.ticker ?? null,
    releaseDate: listing?.releaseDate ?? null,
    json: listing ? JSON.stringify(listing) : null,
    companyKey: keyOf(listing),
  });
  const { rowid, body } = db
    .prepare(
      `SELECT r.search_rowid AS rowid, f.body AS body FROM reports r LEFT JOIN reports_fts f ON f.rowid = r.search_rowid WHERE r.id = ?`,
    )
    .get(id) as { rowid: number; body: string | null };
  db.prepare('DELETE FROM reports_fts WHERE rowid = ?').run(rowid);
  db.prepare('INSERT INTO reports_fts (rowid, company, ticker, body) VALUES (?, ?, ?, ?)').run(
    rowid,
    listing?.company ?? '',
    listing?.ticker ?? '',
    searchText ?? body ?? '',
  );
}
