/**
 * Schema history, applied in order; a database's PRAGMA user_version is the number of entries
 * already applied. Append only: never edit a migration that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
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
];
