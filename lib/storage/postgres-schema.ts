import type { Pool, PoolClient } from 'pg';

/**
 * The Postgres schema's history, applied in order; `release_desk_schema` holds how many entries a
 * database has. Append only: never edit a migration that has shipped. The concepts are SQLite's
 * (lib/storage/migrations.ts): the bytes once by sha256 in originals, every upload a report, a
 * file's later uploads copies of its first, listing columns, one search row per first report
 * (words for full-text search, the company name for typos), the corrections trail, edit rights,
 * edit keys as hashes and rate-limit counts. Columns the library orders by compare bytes
 * (COLLATE "C"), as SQLite's do, so both engines list the same rows in the same order.
 */
export const PG_MIGRATIONS: readonly string[] = [
  `CREATE EXTENSION IF NOT EXISTS pg_trgm;
   CREATE EXTENSION IF NOT EXISTS unaccent;
   CREATE TABLE originals (
     sha256  text PRIMARY KEY,
     size    integer NOT NULL,
     content bytea NOT NULL
   );
   CREATE TABLE reports (
     id             text COLLATE "C" PRIMARY KEY,
     seq            bigserial NOT NULL UNIQUE,
     file_name      text NOT NULL,
     sha256         text NOT NULL REFERENCES originals (sha256),
     size           integer NOT NULL,
     format         text NOT NULL,
     parser_version text,
     parsed_gzip    bytea,
     parse_failure  text,
     created_at     text COLLATE "C" NOT NULL,
     updated_at     text NOT NULL,
     copy_of        text,
     company        text,
     ticker         text,
     release_date   text COLLATE "C",
     listing_json   text,
     company_key    text COLLATE "C"
   );
   CREATE INDEX reports_uploaded_order ON reports (created_at DESC, id) WHERE copy_of IS NULL;
   CREATE INDEX reports_release_order ON reports ((release_date IS NULL), release_date DESC, created_at DESC, id) WHERE copy_of IS NULL;
   CREATE INDEX reports_company ON reports (company_key, release_date, created_at) WHERE copy_of IS NULL;
   CREATE INDEX reports_bytes ON reports (sha256, created_at);
   CREATE UNIQUE INDEX reports_first_of_bytes ON reports (sha256) WHERE copy_of IS NULL;
   CREATE INDEX reports_copies ON reports (copy_of) WHERE copy_of IS NOT NULL;
   CREATE TABLE report_search (
     report_id text PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
     words     tsvector NOT NULL,
     body      text NOT NULL,
     name      text NOT NULL
   );
   CREATE INDEX report_search_words ON report_search USING gin (words);
   CREATE INDEX report_search_names ON report_search USING gin (name gin_trgm_ops);
   CREATE TABLE corrections (
     id          bigserial PRIMARY KEY,
     report_id   text NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
     fact_key    text NOT NULL,
     kind        text NOT NULL,
     action      text NOT NULL,
     before_json text NOT NULL,
     after_json  text,
     reverts     bigint,
     reason      text NOT NULL,
     created_at  text NOT NULL
   );
   CREATE INDEX corrections_report ON corrections (report_id, id);
   CREATE TABLE report_editors (
     report_id  text NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
     token_hash text NOT NULL,
     PRIMARY KEY (report_id, token_hash)
   );
   CREATE INDEX report_editors_token ON report_editors (token_hash, report_id);
   CREATE TABLE edit_keys (
     key_hash   text PRIMARY KEY,
     report_id  text NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
     created_at text NOT NULL
   );
   CREATE INDEX edit_keys_report ON edit_keys (report_id);
   CREATE TABLE rate_limits (
     bucket       text NOT NULL,
     client       text NOT NULL,
     window_start bigint NOT NULL,
     hits         integer NOT NULL,
     PRIMARY KEY (bucket, client)
   );`,
  // 2: the library's release years by an index walk (yearsOf), not a scan of every report.
  `CREATE INDEX reports_release_year ON reports ((substr(release_date, 1, 4))) WHERE copy_of IS NULL AND release_date IS NOT NULL;`,
];

// Several app servers may start at once on one database: one migrates, the others wait for it.
const MIGRATION_LOCK = 7_201_512;

/** Brings the schema up to date in one transaction; refuses a database written by a newer version of the app. */
export async function migratePostgres(pool: Pool, migrations: readonly string[] = PG_MIGRATIONS): Promise<void> {
  const client: PoolClient = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS release_desk_schema (version integer NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM release_desk_schema');
    const current = rows[0]?.version ?? 0;
    if (current > migrations.length) throw new Error(`Database schema version ${current} is newer than this app knows (${migrations.length}).`);
    for (let version = current; version < migrations.length; version++) await client.query(migrations[version]!);
    if (rows.length === 0) await client.query('INSERT INTO release_desk_schema (version) VALUES ($1)', [migrations.length]);
    else await client.query('UPDATE release_desk_schema SET version = $1', [migrations.length]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
