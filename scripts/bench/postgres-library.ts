// The library at BENCH_PG_LIBRARY_REPORTS reports on Postgres, for `npm run bench`: each small
// corpus release stored once through the store (seedReports), then cloned in SQL (new ids, bytes
// and upload times; the same listing and search words) up to the count, as fast as Postgres copies rows.
import pg from 'pg';
import { PostgresReportStore } from '../../lib/storage/postgres';
import { seedReports, smallReleases } from './app-bench';

export async function seedPostgresLibrary(url: string, count: number): Promise<void> {
  const templates = smallReleases().length;
  const store = new PostgresReportStore(url);
  await store.ready();
  await seedReports(store, templates);
  await store.close();
  const copies = Math.ceil(count / templates) - 1;
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('BEGIN');
    await db.query(
      `CREATE TEMP TABLE clones ON COMMIT DROP AS
         SELECT r.id AS template, g, substr(md5(r.id || ':' || g), 1, 22) AS id, md5(r.sha256 || ':' || g) || md5(g || ':' || r.sha256) AS sha256
         FROM reports r CROSS JOIN generate_series(1, $1::int) g WHERE r.copy_of IS NULL`,
      [copies],
    );
    await db.query(`INSERT INTO originals (sha256, size, content) SELECT sha256, 1, '\\x00'::bytea FROM clones`);
    await db.query(
      `INSERT INTO reports (id, file_name, sha256, size, format, parser_version, parsed_gzip, created_at, updated_at, company, ticker, release_date, listing_json, company_key)
       SELECT c.id, r.file_name, c.sha256, r.size, r.format, r.parser_version, r.parsed_gzip,
              to_char(timestamp '2024-01-01' + c.g * interval '1 minute' + random() * interval '50 seconds', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              r.updated_at, r.company, r.ticker, r.release_date, r.listing_json, r.company_key
       FROM clones c JOIN reports r ON r.id = c.template`,
    );
    // Snippets come from the body: its first few thousand characters hold what a search shows.
    await db.query(`INSERT INTO report_search (report_id, words, body, name) SELECT c.id, s.words, left(s.body, 4000), s.name FROM clones c JOIN report_search s ON s.report_id = c.template`);
    await db.query('COMMIT');
    // What autovacuum does on a live database: statistics, and the visibility map index-only scans need.
    await db.query('VACUUM ANALYZE');
  } finally {
    await db.end();
  }
}
