import type Database from 'better-sqlite3';
import { ListingSchema, type LibraryItem, type LibraryPage, type LibraryQuery, type Listing } from '@/lib/domain/listing';
import { companyKey } from '@/lib/domain/company';
import { ReleaseFormatSchema } from '@/lib/domain/report';
import { ftsQuery } from './fts-query';
import { similarNames } from './similar-names';

type LibraryRow = { id: string; file_name: string; size: number; format: string; created_at: string; listing_json: string | null; copies?: number };

// Each matches a covering index (migration 3) term for term, so SQLite walks the index, not the rows.
const ORDER = {
  uploaded: 'r.created_at DESC, r.id',
  release_date: '(r.release_date IS NULL), r.release_date DESC, r.created_at DESC, r.id',
} as const;

function toItem(row: LibraryRow, snippet: string | null = null): LibraryItem {
  const listing = row.listing_json === null ? null : ListingSchema.safeParse(JSON.parse(row.listing_json));
  return {
    id: row.id,
    fileName: row.file_name,
    size: row.size,
    format: ReleaseFormatSchema.parse(row.format),
    createdAt: row.created_at,
    listing: listing?.success ? listing.data : null,
    snippet,
    copies: row.copies ?? 0,
  };
}

// Marks around the matched words of a snippet; control characters no release text keeps.
const MARK_START = '\u0002';
const MARK_END = '\u0003';
const SNIPPET_WORDS = 12;

/** The rows of `ids`, in that order, with the text around the search's match for each. */
function itemsOf(db: Database.Database, ids: string[], match: string | null): LibraryItem[] {
  if (ids.length === 0) return [];
  const marks = ids.map(() => '?').join(',');
  const rows = db
    .prepare(
      `SELECT id, file_name, size, format, created_at, listing_json, search_rowid,
              (SELECT count(*) FROM reports c WHERE c.copy_of = reports.id) AS copies
       FROM reports WHERE id IN (${marks})`,
    )
    .all(...ids) as (LibraryRow & { search_rowid: number })[];
  const snippets = new Map<number, string>();
  if (match) {
    const found = db
      .prepare(`SELECT rowid, snippet(reports_fts, 2, ?, ?, '…', ?) AS snippet FROM reports_fts WHERE reports_fts MATCH ? AND rowid IN (${rows.map(() => '?').join(',')})`)
      .all(MARK_START, MARK_END, SNIPPET_WORDS, match, ...rows.map((row) => row.search_rowid)) as { rowid: number; snippet: string }[];
    for (const f of found) if (f.snippet.includes(MARK_START)) snippets.set(f.rowid, f.snippet.replace(/\s+/g, ' '));
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => toItem(byId.get(id)!, snippets.get(byId.get(id)!.search_rowid) ?? null));
}

/** A page of the reports of similar company names, for a search whose words no report holds. */
function listSimilar(db: Database.Database, query: LibraryQuery, offset: number): LibraryPage | null {
  const { rowids, name } = similarNames(db, query.q);
  if (rowids.length === 0) return null;
  const marks = rowids.map(() => '?').join(',');
  const ids = (db.prepare(`SELECT r.id FROM reports r WHERE r.search_rowid IN (${marks}) ORDER BY ${ORDER[query.sort]} LIMIT ? OFFSET ?`).all(...rowids, query.pageSize, offset) as { id: string }[]).map((row) => row.id);
  return { items: itemsOf(db, ids, null), total: rowids.length, page: query.page, pageSize: query.pageSize, similarTo: name };
}

/**
 * One page of the library: full-text search over company, ticker and text, then sorted. The page's
 * ids come from the indexes alone; only those rows are then read. A file's later copies are listed
 * with its first report (the count of them), not as rows of their own: they have no search rows,
 * and the order indexes hold first reports only.
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
      : db.prepare(`SELECT r.id FROM reports r WHERE r.copy_of IS NULL ORDER BY ${ORDER[query.sort]} LIMIT ? OFFSET ?`).all(query.pageSize, offset)
  ).map((row) => (row as { id: string }).id);
  const { n } = (
    match
      ? db.prepare('SELECT count(*) AS n FROM reports_fts WHERE reports_fts MATCH ?').get(match)
      : db.prepare('SELECT count(*) AS n FROM reports WHERE copy_of IS NULL').get()
  ) as { n: number };
  // No report holds the words: a typo in a company's name ("caterpilar") still finds the company.
  if (match && n === 0) return listSimilar(db, query, offset) ?? { items: [], total: 0, page: query.page, pageSize: query.pageSize, similarTo: null };
  return { items: itemsOf(db, ids, match), total: n, page: query.page, pageSize: query.pageSize, similarTo: null };
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

/** A company's reports, oldest release first (undated ones last), at most `limit`; a file's first report stands for its copies. */
export function listCompany(db: Database.Database, key: string, limit: number): LibraryItem[] {
  const rows = db
    .prepare(
      `SELECT id, file_name, size, format, created_at, listing_json FROM reports WHERE company_key = ? AND copy_of IS NULL
       ORDER BY (release_date IS NULL), release_date, created_at LIMIT ?`,
    )
    .all(key, limit) as LibraryRow[];
  return rows.map((row) => toItem(row));
}

/** Writes a report's library columns and, for a file's first report, its search rows. */
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
    searchText ?? body ?? '',
  );
  db.prepare('DELETE FROM reports_names WHERE rowid = ?').run(rowid);
  db.prepare('INSERT INTO reports_names (rowid, name) VALUES (?, ?)').run(rowid, `${listing?.company ?? ''} ${listing?.ticker ?? ''}`.trim());
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
  const listing = next.listing_json === null ? null : ListingSchema.safeParse(JSON.parse(next.listing_json));
  indexReport(db, next.id, listing?.success ? listing.data : null, searchText);
}
