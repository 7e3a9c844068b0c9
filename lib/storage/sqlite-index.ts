import type Database from 'better-sqlite3';
import type { Listing } from '@/lib/domain/listing';
import { keyOf, listingColumns, readListing } from './library-rows';

// How a report's library row and search rows are written: on saving, re-parsing, correcting, and
// when a file's first report is deleted and a copy takes its place. lib/storage/sqlite-library.ts reads them.

/** Keys the listed reports stored before reports had a company key (migration 4). */
export function keyCompanies(db: Database.Database): void {
  const rows = db.prepare('SELECT id, listing_json FROM reports WHERE company_key IS NULL AND listing_json IS NOT NULL').all() as { id: string; listing_json: string }[];
  const update = db.prepare('UPDATE reports SET company_key = ? WHERE id = ?');
  for (const row of rows) {
    update.run(keyOf(readListing(row.listing_json)) ?? '', row.id);
  }
}

// The words of a release search reads: twenty times any release's text (the corpus's longest is
// about 52,000 characters), while indexing a 10 MB upload's every token held the server's one
// thread for seconds.
const SEARCH_CHARS = 1_000_000;

/** Writes a report's search rows, for a file's first report (copies are searched through it). */
export function indexSearch(db: Database.Database, id: string, listing: Listing | null, searchText: string | null): void {
  const { rowid, body, copyOf } = db
    .prepare(
      `SELECT r.search_rowid AS rowid, f.body AS body, r.copy_of AS copyOf FROM reports r LEFT JOIN reports_fts f ON f.rowid = r.search_rowid WHERE r.id = ?`,
    )
    .get(id) as { rowid: number; body: string | null; copyOf: string | null };
  if (copyOf !== null) return;
  db.prepare('DELETE FROM reports_fts WHERE rowid = ?').run(rowid);
  db.prepare('INSERT INTO reports_fts (rowid, company, ticker, body) VALUES (?, ?, ?, ?)').run(
    rowid,
    listing?.company ?? '',
    listing?.ticker ?? '',
    (searchText ?? body ?? '').slice(0, SEARCH_CHARS),
  );
  db.prepare('DELETE FROM reports_names WHERE rowid = ?').run(rowid);
  db.prepare('INSERT INTO reports_names (rowid, name) VALUES (?, ?)').run(rowid, `${listing?.company ?? ''} ${listing?.ticker ?? ''}`.trim());
}

/**
 * Rewrites a report's library columns and search rows. SQLite rewrites the whole row to update
 * it, parse included: a new report writes its columns in its INSERT instead.
 */
export function indexReport(db: Database.Database, id: string, listing: Listing | null, searchText: string | null): void {
  db.prepare(
    `UPDATE reports SET company = @company, ticker = @ticker, release_date = @releaseDate, listing_json = @listingJson,
                        company_key = @companyKey WHERE id = @id`,
  ).run({ id, ...listingColumns(listing) });
  indexSearch(db, id, listing, searchText);
}

/**
 * After a file's first report is deleted, its oldest copy becomes the first: listed and searched
 * (with the text the deleted one was searched by), the other copies now its copies.
 */
export function promoteCopy(db: Database.Database, deleted: string, searchText: string | null): void {
  const next = db.prepare('SELECT id, listing_json FROM reports WHERE copy_of = ? ORDER BY created_at, search_rowid LIMIT 1').get(deleted) as
    | { id: string; listing_json: string | null }
    | undefined;
  if (!next) return;
  db.prepare('UPDATE reports SET copy_of = NULL WHERE id = ?').run(next.id);
  db.prepare('UPDATE reports SET copy_of = ? WHERE copy_of = ?').run(next.id, deleted);
  indexReport(db, next.id, readListing(next.listing_json), searchText);
}
