import type Database from 'better-sqlite3';
import { ListingSchema, type LibraryItem, type LibraryPage, type LibraryQuery, type Listing } from '@/lib/domain/listing';
import { ReleaseFormatSchema } from '@/lib/domain/report';
import { ftsQuery } from './fts-query';

type LibraryRow = { id: string; file_name: string; size: number; format: string; created_at: string; listing_json: string | null };

const ORDER = {
  uploaded: 'r.created_at DESC, r.id',
  release_date: 'r.release_date IS NULL, r.release_date DESC, r.created_at DESC, r.id',
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

/** One page of the library: full-text search over company, ticker and text, then sorted. */
export function listLibrary(db: Database.Database, query: LibraryQuery): LibraryPage {
  const match = ftsQuery(query.q);
  const from = match
    ? 'FROM reports r JOIN reports_fts f ON f.rowid = r.search_rowid WHERE reports_fts MATCH @match'
    : 'FROM reports r';
  const params = { match, limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
  const rows = db
    .prepare(`SELECT r.id, r.file_name, r.size, r.format, r.created_at, r.listing_json ${from}
              ORDER BY ${ORDER[query.sort]} LIMIT @limit OFFSET @offset`)
    .all(match ? params : { limit: params.limit, offset: params.offset }) as LibraryRow[];
  const { n } = db.prepare(`SELECT count(*) AS n ${from}`).get(match ? { match } : {}) as { n: number };
  return { items: rows.map(toItem), total: n, page: query.page, pageSize: query.pageSize };
}

/** Writes a report's library columns and search row. */
export function indexReport(db: Database.Database, id: string, listing: Listing | null, searchText: string | null): void {
  db.prepare(
    `UPDATE reports SET company = @company, ticker = @ticker, release_date = @releaseDate, listing_json = @json WHERE id = @id`,
  ).run({
    id,
    company: listing?.company ?? null,
    ticker: listing?.ticker ?? null,
    releaseDate: listing?.releaseDate ?? null,
    json: listing ? JSON.stringify(listing) : null,
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
