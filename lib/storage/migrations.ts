import type Database from 'better-sqlite3';
import { hashSecret } from '@/lib/secrets';

/** A step of the schema: SQL, or code where SQL alone cannot do it (SQLite has no SHA-256). */
export type Migration = string | ((db: Database.Database) => void);

/**
 * Schema history, applied in order; a database's PRAGMA user_version is the number of entries
 * already applied. Append only: never edit a migration that has shipped.
 */
export const MIGRATIONS: readonly Migration[] = [
  `CREATE TABLE reports (
     id             TEXT PRIMARY KEY,
     file_name      TEXT NOT NULL,
     sha256         TEXT NOT NULL UNIQUE,
     size           INTEGER NOT NULL,
     format         TEXT NOT NULL,
     content        BLOB NOT NULL,
     parser_version TEXT,
     parsed_json    TEXT,
     created_at     TEXT NOT NULL,
     updated_at     TEXT NOT NULL
   );
   CREATE INDEX reports_created_at ON reports (created_at DESC);`,
  // 2: the library (listing columns, full-text search), corrections and edit rights.
  // search_rowid is the FTS row's id: reports has a TEXT key, and VACUUM may renumber a bare rowid.
  `ALTER TABLE reports ADD COLUMN company TEXT;
   ALTER TABLE reports ADD COLUMN ticker TEXT;
   ALTER TABLE reports ADD COLUMN release_date TEXT;
   ALTER TABLE reports ADD COLUMN listing_json TEXT;
   ALTER TABLE reports ADD COLUMN edit_key TEXT;
   ALTER TABLE reports ADD COLUMN search_rowid INTEGER;
   UPDATE reports SET
     company = json_extract(parsed_json, '$.company.name'),
     ticker = json_extract(parsed_json, '$.company.ticker'),
     release_date = json_extract(parsed_json, '$.releaseDate'),
     edit_key = lower(hex(randomblob(16))),
     search_rowid = rowid;
   CREATE UNIQUE INDEX reports_search_rowid ON reports (search_rowid);
   CREATE INDEX reports_release_date ON reports (release_date DESC, created_at DESC);
   CREATE VIRTUAL TABLE reports_fts USING fts5(company, ticker, body, tokenize = 'unicode61 remove_diacritics 2');
   INSERT INTO reports_fts (rowid, company, ticker, body)
     SELECT search_rowid, coalesce(company, ''), coalesce(ticker, ''), coalesce(json_extract(parsed_json, '$.text'), '')
     FROM reports;
   CREATE TABLE corrections (
     id          INTEGER PRIMARY KEY AUTOINCREMENT,
     report_id   TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
     fact_key    TEXT NOT NULL,
     kind        TEXT NOT NULL,
     action      TEXT NOT NULL,
     before_json TEXT NOT NULL,
     after_json  TEXT,
     reason      TEXT NOT NULL,
     created_at  TEXT NOT NULL
   );
   CREATE INDEX corrections_report ON corrections (report_id, id);
   CREATE TABLE report_editors (
     report_id  TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
     token_hash TEXT NOT NULL,
     PRIMARY KEY (report_id, token_hash)
   ) WITHOUT ROWID;`,
  // 3: the library's orders as covering indexes, so listing and paging never read a report's
  // (large) row beyond the page shown: created_at and release_date sit after the content blob.
  `CREATE INDEX reports_uploaded_order ON reports (created_at DESC, id);
   CREATE INDEX reports_release_order ON reports ((release_date IS NULL), release_date DESC, created_at DESC, id);
   CREATE INDEX reports_search_keys ON reports (search_rowid, created_at, release_date, id);
   DROP INDEX reports_created_at;
   DROP INDEX reports_release_date;`,
  // 4: a company's releases (its page), by the key its listing gives (ticker, else name). Rows
  // listed before are keyed by the store when it opens (the key is computed in code, not SQL):
  // NULL is "not keyed yet", '' is "names no company".
  `ALTER TABLE reports ADD COLUMN company_key TEXT;
   CREATE INDEX reports_company ON reports (company_key, release_date, created_at);`,
  // 5: company names and tickers by trigram, for a search with a typo ("caterpilar"); rowid is search_rowid.
  `CREATE VIRTUAL TABLE reports_names USING fts5(name, tokenize = 'trigram');
   INSERT INTO reports_names (rowid, name)
     SELECT search_rowid, trim(coalesce(company, '') || ' ' || coalesce(ticker, '')) FROM reports;`,
  // 6: a correction that reverts another names it; before_json holds 'null' for an added fact.
  `ALTER TABLE corrections ADD COLUMN reverts INTEGER;`,
  // 7: every upload is its own report (its own link, corrections and edit rights); the bytes are
  // stored once, in originals. A later upload of the same bytes is a copy: copy_of names the first
  // report, and only first reports have library and search rows (the partial indexes, which hold
  // copy_of as a column too, so SQLite reads them as covering). SQLite
  // cannot drop reports.sha256's UNIQUE, so the table is rebuilt (foreign keys are off meanwhile).
  `CREATE TABLE originals (
     sha256  TEXT PRIMARY KEY,
     size    INTEGER NOT NULL,
     content BLOB NOT NULL
   );
   INSERT INTO originals (sha256, size, content) SELECT sha256, size, content FROM reports;
   CREATE TABLE reports_rebuilt (
     id             TEXT PRIMARY KEY,
     file_name      TEXT NOT NULL,
     sha256         TEXT NOT NULL REFERENCES originals (sha256),
     size           INTEGER NOT NULL,
     format         TEXT NOT NULL,
     parser_version TEXT,
     parsed_json    TEXT,
     created_at     TEXT NOT NULL,
     updated_at     TEXT NOT NULL,
     company        TEXT,
     ticker         TEXT,
     release_date   TEXT,
     listing_json   TEXT,
     edit_key       TEXT,
     search_rowid   INTEGER,
     company_key    TEXT,
     copy_of        TEXT
   );
   INSERT INTO reports_rebuilt (id, file_name, sha256, size, format, parser_version, parsed_json, created_at, updated_at,
                                company, ticker, release_date, listing_json, edit_key, search_rowid, company_key)
     SELECT id, file_name, sha256, size, format, parser_version, parsed_json, created_at, updated_at,
            company, ticker, release_date, listing_json, edit_key, search_rowid, company_key FROM reports;
   DROP TABLE reports;
   ALTER TABLE reports_rebuilt RENAME TO reports;
   CREATE UNIQUE INDEX reports_search_rowid ON reports (search_rowid);
   CREATE INDEX reports_uploaded_order ON reports (created_at DESC, id, copy_of) WHERE copy_of IS NULL;
   CREATE INDEX reports_release_order ON reports ((release_date IS NULL), release_date DESC, created_at DESC, id, copy_of) WHERE copy_of IS NULL;
   CREATE INDEX reports_search_keys ON reports (search_rowid, created_at, release_date, id);
   CREATE INDEX reports_company ON reports (company_key, release_date, created_at, copy_of) WHERE copy_of IS NULL;
   CREATE INDEX reports_bytes ON reports (sha256, created_at);
   CREATE INDEX reports_copies ON reports (copy_of) WHERE copy_of IS NOT NULL;`,
  // 8: why a report has no parse: the parser failed on it, or did not finish in its time budget.
  `ALTER TABLE reports ADD COLUMN parse_failure TEXT;`,
  // 9: edit keys stored as hashes, any number per report (each "Create edit link" adds one); the
  // plain keys of earlier schemas are hashed and dropped.
  (db) => {
    db.exec(`CREATE TABLE edit_keys (
               key_hash   TEXT PRIMARY KEY,
               report_id  TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
               created_at TEXT NOT NULL
             ) WITHOUT ROWID;
             CREATE INDEX edit_keys_report ON edit_keys (report_id);`);
    const insert = db.prepare('INSERT INTO edit_keys (key_hash, report_id, created_at) VALUES (?, ?, ?)');
    const rows = db.prepare('SELECT id, edit_key, created_at FROM reports WHERE edit_key IS NOT NULL').all() as { id: string; edit_key: string; created_at: string }[];
    for (const row of rows) insert.run(hashSecret(row.edit_key), row.id, row.created_at);
    db.exec('ALTER TABLE reports DROP COLUMN edit_key');
  },
  // 10: a browser's reports found by its token, for the private library (LIBRARY=private).
  `CREATE INDEX report_editors_token ON report_editors (token_hash, report_id);`,
  // 11: rate limits, in the database so that every app server on it counts the same requests.
  `CREATE TABLE rate_limits (
     bucket       TEXT NOT NULL,
     client       TEXT NOT NULL,
     window_start INTEGER NOT NULL,
     hits         INTEGER NOT NULL,
     PRIMARY KEY (bucket, client)
   ) WITHOUT ROWID;`,
  // 12: parses stored gzipped (lib/storage/packed-parse.ts); parsed_json stays for earlier rows.
  `ALTER TABLE reports ADD COLUMN parsed_gzip BLOB;`,
];

/** Brings the schema up to date; refuses a database written by a newer version of the app. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `Database schema version ${current} is newer than this app knows (${migrations.length}).`,
    );
  }
  if (current === migrations.length) return;
  // A migration may rebuild a table (SQLite's way to change a constraint): with foreign keys on,
  // dropping the old table would delete the rows that refer to it. They are checked before commit.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  const apply = db.transaction(() => {
    for (let version = current; version < migrations.length; version++) {
      const migration = migrations[version]!;
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
      db.pragma(`user_version = ${version + 1}`);
    }
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`Migration left ${broken.length} rows referring to nothing.`);
  });
  try {
    apply.immediate();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}
