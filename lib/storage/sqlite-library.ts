import type Database from 'better-sqlite3';
import type { LibraryItem, LibraryPage, LibraryQuery } from '@/lib/domain/listing';
import { ftsQuery } from './fts-query';
import type { LibraryScope } from './report-store';
import { similarNames } from './similar-names';
import { GROUP_ITEMS, GROUP_ORDER, groupOf, grouped, KEY, MARK_END, MARK_START, ORDER, SNIPPET_WORDS, toItem, type LibraryRow } from './library-rows';

/**
 * The rows of `ids`, in that order, with the text around the search's match for each. A copy
 * has no search row of its own: its snippet comes from its file's first report. The private
 * library counts no copies: they are other people's reports.
 */
function itemsOf(db: Database.Database, ids: string[], match: string | null, scope: LibraryScope): LibraryItem[] {
  if (ids.length === 0) return [];
  const marks = ids.map(() => '?').join(',');
  const copies = scope.kind === 'team' ? '(SELECT count(*) FROM reports c WHERE c.copy_of = reports.id)' : '0';
  const rows = db
    .prepare(
      `SELECT id, file_name, size, format, created_at, listing_json, ${copies} AS copies,
              coalesce((SELECT f.search_rowid FROM reports f WHERE f.id = reports.copy_of), search_rowid) AS search_rowid
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

/** The reports a scope shows, as a condition on the id column `column`. */
export function visibleTo(scope: LibraryScope, column: string): { where: string; params: string[] } {
  if (scope.kind === 'team') return { where: '1', params: [] };
  return { where: `${column} IN (SELECT report_id FROM report_editors WHERE token_hash = ?)`, params: [scope.editorTokenHash ?? ''] };
}

/**
 * The scope and the company-and-year filters as SQL conditions on reports r. The team library
 * lists a file's first report only (its copies are counted on it); the private one lists each of
 * the browser's own reports, copies too.
 */
function filtersOf(scope: LibraryScope, query: Partial<Pick<LibraryQuery, 'company' | 'year'>> = {}): { where: string; params: (string | number)[] } {
  const visible = visibleTo(scope, 'r.id');
  const where = [scope.kind === 'team' ? 'r.copy_of IS NULL' : visible.where];
  const params: (string | number)[] = [...visible.params];
  if (query.company) {
    where.push('r.company_key = ?');
    params.push(query.company);
  }
  if (query.year) {
    where.push('r.release_date >= ? AND r.release_date < ?');
    params.push(`${query.year}-01-01`, `${query.year + 1}-01-01`);
  }
  return { where: where.join(' AND '), params };
}

// Reads the whole rows, not only the indexes: a filter, or a private library (a browser's reports are few).
const filtered = (query: LibraryQuery, scope: LibraryScope) => query.company !== undefined || query.year !== undefined || scope.kind === 'private';

/** The reports a query reads from: all of them, or those whose search row matches. */
function sourceOf(match: string | null, query: LibraryQuery, scope: LibraryScope): { from: string; where: string; params: (string | number)[] } {
  const filters = filtersOf(scope, query);
  if (!match) return { from: 'reports r', where: filters.where, params: filters.params };
  // A private library's copies have no search rows: they match by their file's first report.
  if (scope.kind === 'private') {
    const matching = 'SELECT m.sha256 FROM reports_fts f JOIN reports m ON m.search_rowid = f.rowid WHERE reports_fts MATCH ?';
    return { from: 'reports r', where: `${filters.where} AND r.sha256 IN (${matching})`, params: [...filters.params, match] };
  }
  // INDEXED BY: left to itself SQLite joins through the unique search_rowid index and then reads
  // every matching row for its sort keys. A filter has to read the rows anyway.
  const join = filtered(query, scope) ? 'reports_fts f JOIN reports r ON r.search_rowid = f.rowid' : 'reports_fts f JOIN reports r INDEXED BY reports_search_keys ON r.search_rowid = f.rowid';
  return { from: join, where: `reports_fts MATCH ?${filtered(query, scope) ? ` AND ${filters.where}` : ''}`, params: [match, ...(filtered(query, scope) ? filters.params : [])] };
}

function idsOf(db: Database.Database, source: ReturnType<typeof sourceOf>, sort: LibraryQuery['sort'], limit: number, offset: number, extra = '', extraParams: string[] = []): string[] {
  return (db.prepare(`SELECT r.id FROM ${source.from} WHERE ${source.where}${extra} ORDER BY ${ORDER[sort]} LIMIT ? OFFSET ?`).all(...source.params, ...extraParams, limit, offset) as { id: string }[]).map((row) => row.id);
}

/** The release years the library holds, newest first. */
function yearsOf(db: Database.Database, scope: LibraryScope): number[] {
  const { where, params } = filtersOf(scope);
  const rows = db.prepare(`SELECT DISTINCT substr(r.release_date, 1, 4) AS year FROM reports r WHERE ${where} AND r.release_date IS NOT NULL ORDER BY year DESC`).all(...params) as { year: string }[];
  return rows.map((row) => Number(row.year)).filter(Number.isInteger);
}

/** A page of companies: each with how many of its releases match and the newest of them. */
function listGroups(db: Database.Database, query: LibraryQuery, scope: LibraryScope, match: string | null, offset: number): Pick<LibraryPage, 'groups' | 'items' | 'total'> {
  const source = sourceOf(match, query, scope);
  const keys = db
    .prepare(`SELECT ${KEY} AS key, count(*) AS n FROM ${source.from} WHERE ${source.where} GROUP BY key ORDER BY ${GROUP_ORDER[query.sort]} LIMIT ? OFFSET ?`)
    .all(...source.params, query.pageSize, offset) as { key: string; n: number }[];
  const { total } = db.prepare(`SELECT count(DISTINCT ${KEY}) AS total FROM ${source.from} WHERE ${source.where}`).get(...source.params) as { total: number };
  const groups = keys.map(({ key, n }) => groupOf(key, n, itemsOf(db, idsOf(db, source, query.sort, GROUP_ITEMS, 0, ` AND ${KEY} = ?`, [key]), match, scope)));
  return { groups, items: groups.flatMap((g) => g.items), total };
}

/** A page of the reports of similar company names, for a search whose words no report holds. */
function listSimilar(db: Database.Database, query: LibraryQuery, scope: LibraryScope, offset: number): LibraryPage | null {
  const { rowids, name } = similarNames(db, query.q);
  if (rowids.length === 0) return null;
  const marks = rowids.map(() => '?').join(',');
  const filters = filtersOf(scope, query);
  // The names' files, by their first reports' search rows: a private library's copies too.
  const where = `r.sha256 IN (SELECT sha256 FROM reports WHERE search_rowid IN (${marks})) AND ${filters.where}`;
  const { n } = db.prepare(`SELECT count(*) AS n FROM reports r WHERE ${where}`).get(...rowids, ...filters.params) as { n: number };
  if (n === 0) return null;
  const ids = (db.prepare(`SELECT r.id FROM reports r WHERE ${where} ORDER BY ${ORDER[query.sort]} LIMIT ? OFFSET ?`).all(...rowids, ...filters.params, query.pageSize, offset) as { id: string }[]).map((row) => row.id);
  return grouped({ items: itemsOf(db, ids, null, scope), groups: null, total: n, page: query.page, pageSize: query.pageSize, similarTo: name, years: yearsOf(db, scope) }, query);
}

/**
 * One page of the library: full-text search over company, ticker and text, filtered by company
 * and release year, sorted, as releases or grouped by company. The page's ids come from the
 * indexes alone; only those rows are then read. A file's later copies are listed with its first
 * report (the count of them), not as rows of their own: they have no search rows, and the order
 * indexes hold first reports only.
 */
export function listLibrary(db: Database.Database, query: LibraryQuery, scope: LibraryScope): LibraryPage {
  const match = ftsQuery(query.q);
  const offset = (query.page - 1) * query.pageSize;
  const page = { page: query.page, pageSize: query.pageSize, similarTo: null, years: yearsOf(db, scope) };
  const source = sourceOf(match, query, scope);
  const { n } = (
    match && !filtered(query, scope) ? db.prepare('SELECT count(*) AS n FROM reports_fts WHERE reports_fts MATCH ?').get(match) : db.prepare(`SELECT count(*) AS n FROM ${source.from} WHERE ${source.where}`).get(...source.params)
  ) as { n: number };
  // No report holds the words: a typo in a company's name ("caterpilar") still finds the company.
  if (match && n === 0) return listSimilar(db, query, scope, offset) ?? { ...page, items: [], groups: query.group === 'company' ? [] : null, total: 0 };
  if (query.group === 'company') return { ...page, ...listGroups(db, query, scope, match, offset) };
  return { ...page, items: itemsOf(db, idsOf(db, source, query.sort, query.pageSize, offset), match, scope), groups: null, total: n };
}

/** A company's reports, oldest release first (undated ones last), at most `limit`; in the team library a file's first report stands for its copies. */
export function listCompany(db: Database.Database, key: string, limit: number, scope: LibraryScope): LibraryItem[] {
  const { where, params } = filtersOf(scope);
  const rows = db
    .prepare(
      `SELECT r.id, r.file_name, r.size, r.format, r.created_at, r.listing_json FROM reports r WHERE r.company_key = ? AND ${where}
       ORDER BY (r.release_date IS NULL), r.release_date, r.created_at LIMIT ?`,
    )
    .all(key, ...params, limit) as LibraryRow[];
  return rows.map((row) => toItem(row));
}
