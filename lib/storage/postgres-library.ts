import type { Pool } from 'pg';
import type { LibraryItem, LibraryPage, LibraryQuery } from '@/lib/domain/listing';
import { GROUP_ITEMS, GROUP_ORDER, groupOf, grouped, KEY, MARK_END, MARK_START, ORDER, SNIPPET_WORDS, toItem, type LibraryRow } from './library-rows';
import type { LibraryScope } from './report-store';
import { closestNames, MAX_CANDIDATES, typoWords } from './similar-names';

// The library on Postgres: the same pages as sqlite-library.ts, from the same concepts (first
// reports listed, copies searched through their first, a browser's own reports when private).

/** Numbered parameters, added as a statement is written: `${p.add(value)}` writes `$n`. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A user's search box text as a tsquery: each word a prefix term, all required; null when there is no word. */
export function tsQuery(input: string): string | null {
  const words = input.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.slice(0, 16).map((word) => `${word}:*`).join(' & ');
}

const QUERY = (p: Params, match: string) => `to_tsquery('simple', unaccent(${p.add(match)}))`;
// A few words around the first match, the matched words marked, as SQLite's snippet() gives them.
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=${SNIPPET_WORDS}, MinWords=${SNIPPET_WORDS / 2}, ShortWord=0, MaxFragments=1, FragmentDelimiter=…`;
// Candidates for a typo search: names whose words are a little like the query's; closestNames decides.
const CANDIDATE_SIMILARITY = 0.2;

function visible(scope: LibraryScope, column: string, p: Params): string {
  return scope.kind === 'team' ? 'true' : `${column} IN (SELECT report_id FROM report_editors WHERE token_hash = ${p.add(scope.editorTokenHash ?? '')})`;
}

function filtersOf(scope: LibraryScope, p: Params, query: Partial<Pick<LibraryQuery, 'company' | 'year'>> = {}): string {
  const where = [scope.kind === 'team' ? 'r.copy_of IS NULL' : visible(scope, 'r.id', p)];
  if (query.company) where.push(`r.company_key = ${p.add(query.company)}`);
  if (query.year) where.push(`r.release_date >= ${p.add(`${query.year}-01-01`)} AND r.release_date < ${p.add(`${query.year + 1}-01-01`)}`);
  return where.join(' AND ');
}

/** The reports a query reads from, as FROM and WHERE; its parameters go into `p`. */
function sourceOf(match: string | null, query: LibraryQuery, scope: LibraryScope, p: Params): { from: string; where: string } {
  const filters = filtersOf(scope, p, query);
  if (!match) return { from: 'reports r', where: filters };
  if (scope.kind === 'private') {
    return { from: 'reports r', where: `${filters} AND r.sha256 IN (SELECT m.sha256 FROM report_search s JOIN reports m ON m.id = s.report_id WHERE s.words @@ ${QUERY(p, match)})` };
  }
  return { from: 'report_search s JOIN reports r ON r.id = s.report_id', where: `s.words @@ ${QUERY(p, match)} AND ${filters}` };
}

async function itemsOf(pool: Pool, ids: string[], match: string | null, scope: LibraryScope): Promise<LibraryItem[]> {
  if (ids.length === 0) return [];
  const copies = scope.kind === 'team' ? '(SELECT count(*)::int FROM reports c WHERE c.copy_of = r.id)' : '0';
  const { rows } = await pool.query<LibraryRow & { searched: string }>(
    `SELECT r.id, r.file_name, r.size, r.format, r.created_at, r.listing_json, ${copies} AS copies, coalesce(r.copy_of, r.id) AS searched
     FROM reports r WHERE r.id = ANY($1)`,
    [ids],
  );
  const snippets = new Map<string, string>();
  if (match) {
    const found = await pool.query<{ report_id: string; snippet: string }>(
      `SELECT report_id, ts_headline('simple', body, to_tsquery('simple', unaccent($1)), $2) AS snippet FROM report_search WHERE report_id = ANY($3)`,
      [match, HEADLINE, rows.map((row) => row.searched)],
    );
    for (const f of found.rows) if (f.snippet.includes(MARK_START)) snippets.set(f.report_id, f.snippet.replace(/\s+/g, ' '));
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => toItem(byId.get(id)!, snippets.get(byId.get(id)!.searched) ?? null));
}

async function idsOf(pool: Pool, source: { from: string; where: string }, p: Params, sort: LibraryQuery['sort'], limit: number, offset: number, extra = ''): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(`SELECT r.id FROM ${source.from} WHERE ${source.where}${extra} ORDER BY ${ORDER[sort]} LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values);
  return rows.map((row) => row.id);
}

async function count(pool: Pool, source: { from: string; where: string }, p: Params, what = 'count(*)'): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(`SELECT ${what}::int AS n FROM ${source.from} WHERE ${source.where}`, p.values);
  return rows[0]!.n;
}

// The team library's years, newest first, one index probe per year (a library holds a few dozen).
const TEAM_YEARS = `WITH RECURSIVE y (year) AS (
    SELECT max(substr(release_date, 1, 4)) FROM reports WHERE copy_of IS NULL AND release_date IS NOT NULL
    UNION ALL
    SELECT (SELECT max(substr(release_date, 1, 4)) FROM reports WHERE copy_of IS NULL AND release_date IS NOT NULL AND substr(release_date, 1, 4) < y.year)
    FROM y WHERE y.year IS NOT NULL
  ) SELECT year FROM y WHERE year IS NOT NULL`;

async function yearsOf(pool: Pool, scope: LibraryScope): Promise<number[]> {
  if (scope.kind === 'team') return (await pool.query<{ year: string }>(TEAM_YEARS)).rows.map((row) => Number(row.year)).filter(Number.isInteger);
  const p = new Params();
  const { rows } = await pool.query<{ year: string }>(
    `SELECT DISTINCT substr(r.release_date, 1, 4) AS year FROM reports r WHERE ${filtersOf(scope, p)} AND r.release_date IS NOT NULL ORDER BY year DESC`,
    p.values,
  );
  return rows.map((row) => Number(row.year)).filter(Number.isInteger);
}

/** A fresh set of parameters and the source written with them: each statement numbers its own. */
function sourced(match: string | null, query: LibraryQuery, scope: LibraryScope) {
  const p = new Params();
  return { p, source: sourceOf(match, query, scope, p) };
}

async function listGroups(pool: Pool, query: LibraryQuery, scope: LibraryScope, match: string | null, offset: number): Promise<Pick<LibraryPage, 'groups' | 'items' | 'total'>> {
  const keyed = sourced(match, query, scope);
  const keys = await pool.query<{ key: string; n: number }>(
    `SELECT ${KEY} AS key, count(*)::int AS n FROM ${keyed.source.from} WHERE ${keyed.source.where} GROUP BY key ORDER BY ${GROUP_ORDER[query.sort]} LIMIT ${keyed.p.add(query.pageSize)} OFFSET ${keyed.p.add(offset)}`,
    keyed.p.values,
  );
  const counted = sourced(match, query, scope);
  const total = await count(pool, counted.source, counted.p, `count(DISTINCT ${KEY})`);
  const groups = [];
  for (const { key, n } of keys.rows) {
    const { p, source } = sourced(match, query, scope);
    const ids = await idsOf(pool, source, p, query.sort, GROUP_ITEMS, 0, ` AND ${KEY} = ${p.add(key)}`);
    groups.push(groupOf(key, n, await itemsOf(pool, ids, match, scope)));
  }
  return { groups, items: groups.flatMap((g) => g.items), total };
}

/**
 * The distinct names a little like any of the words, through the trigram index (`<%` uses it; the
 * threshold is set for this one transaction). closestNames then judges them as on SQLite.
 */
async function candidateNames(pool: Pool, words: string[]): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(CANDIDATE_SIMILARITY)]);
    const p = new Params();
    const like = words.map((w) => `${p.add(w)} <% s.name`).join(' OR ');
    const { rows } = await client.query<{ name: string }>(`SELECT DISTINCT s.name FROM report_search s WHERE ${like} ORDER BY s.name LIMIT ${p.add(MAX_CANDIDATES)}`, p.values);
    await client.query('COMMIT');
    return rows.map((row) => row.name);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** A page of the reports of similar company names, for a search whose words no report holds. */
async function listSimilar(pool: Pool, query: LibraryQuery, scope: LibraryScope, offset: number): Promise<LibraryPage | null> {
  const words = typoWords(query.q);
  if (words.length === 0) return null;
  const names = await candidateNames(pool, words);
  const { keys, name } = closestNames(words, names.map((n) => ({ key: n, name: n })));
  if (keys.length === 0) return null;
  // The files of every report under the names found: a company's releases, however many.
  const similar = () => {
    const q = new Params();
    return { p: q, source: { from: 'reports r', where: `r.sha256 IN (SELECT m.sha256 FROM report_search s JOIN reports m ON m.id = s.report_id WHERE s.name = ANY(${q.add(keys)})) AND ${filtersOf(scope, q, query)}` } };
  };
  const counted = similar();
  const n = await count(pool, counted.source, counted.p);
  if (n === 0) return null;
  const listed = similar();
  const ids = await idsOf(pool, listed.source, listed.p, query.sort, query.pageSize, offset);
  return grouped({ items: await itemsOf(pool, ids, null, scope), groups: null, total: n, page: query.page, pageSize: query.pageSize, similarTo: name, years: await yearsOf(pool, scope) }, query);
}

/** One page of the library, as listLibrary in sqlite-library.ts gives it. */
export async function listLibraryPg(pool: Pool, query: LibraryQuery, scope: LibraryScope): Promise<LibraryPage> {
  const match = tsQuery(query.q);
  const offset = (query.page - 1) * query.pageSize;
  const page = { page: query.page, pageSize: query.pageSize, similarTo: null, years: await yearsOf(pool, scope) };
  const counted = sourced(match, query, scope);
  const n = await count(pool, counted.source, counted.p);
  // No report holds the words: a typo in a company's name ("caterpilar") still finds the company.
  if (match && n === 0) return (await listSimilar(pool, query, scope, offset)) ?? { ...page, items: [], groups: query.group === 'company' ? [] : null, total: 0 };
  if (query.group === 'company') return { ...page, ...(await listGroups(pool, query, scope, match, offset)) };
  const { p, source } = sourced(match, query, scope);
  return { ...page, items: await itemsOf(pool, await idsOf(pool, source, p, query.sort, query.pageSize, offset), match, scope), groups: null, total: n };
}

/** A company's reports, oldest release first (undated ones last), at most `limit`. */
export async function listCompanyPg(pool: Pool, key: string, limit: number, scope: LibraryScope): Promise<LibraryItem[]> {
  const p = new Params();
  const where = `r.company_key = ${p.add(key)} AND ${filtersOf(scope, p)}`;
  const { rows } = await pool.query<LibraryRow>(
    `SELECT r.id, r.file_name, r.size, r.format, r.created_at, r.listing_json FROM reports r WHERE ${where}
     ORDER BY (r.release_date IS NULL), r.release_date, r.created_at LIMIT ${p.add(limit)}`,
    p.values,
  );
  return rows.map((row) => toItem(row));
}
