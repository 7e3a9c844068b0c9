import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ReleaseFormatSchema, type Report, type ReportSummary } from '@/lib/domain/report';
import { MIGRATIONS } from './migrations';
import type { ListOptions, NewReport, OriginalUpload, ReportStore, SaveResult } from './report-store';

type ReportRow = {
  id: string;
  file_name: string;
  sha256: string;
  size: number;
  format: string;
  parser_version: string | null;
  parsed_json: string | null;
  created_at: string;
  updated_at: string;
};

const REPORT_COLUMNS =
  'id, file_name, sha256, size, format, parser_version, parsed_json, created_at, updated_at';

/** 16 random bytes: 128 bits, so a report link cannot be guessed. */
function newReportId(): string {
  return randomBytes(16).toString('base64url');
}

function toReport(row: ReportRow): Report {
  return {
    id: row.id,
    fileName: row.file_name,
    sha256: row.sha256,
    size: row.size,
    format: ReleaseFormatSchema.parse(row.format),
    parserVersion: row.parser_version,
    parsed: row.parsed_json === null ? null : JSON.parse(row.parsed_json),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Brings the schema up to date; refuses a database written by a newer version of the app. */
export function migrate(db: Database.Database, migrations: readonly string[] = MIGRATIONS): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `Database schema version ${current} is newer than this app knows (${migrations.length}).`,
    );
  }
  const apply = db.transaction(() => {
    for (let version = current; version < migrations.length; version++) {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    }
  });
  apply.immediate();
}

/** The default ReportStore: one SQLite file in WAL mode. */
export class SqliteReportStore implements ReportStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
  }

  async saveReport(input: NewReport): Promise<SaveResult> {
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    const now = new Date().toISOString();
    const inserted = this.db
      .prepare(
        `INSERT INTO reports (id, file_name, sha256, size, format, content, parser_version,
                              parsed_json, created_at, updated_at)
         VALUES (@id, @fileName, @sha256, @size, @format, @content, @parserVersion, @parsed, @now, @now)
         ON CONFLICT (sha256) DO NOTHING`,
      )
      .run({
        id: newReportId(),
        fileName: input.fileName,
        sha256,
        size: input.bytes.byteLength,
        format: input.format,
        content: Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength),
        parserVersion: input.parserVersion,
        parsed: input.parsed === null || input.parsed === undefined ? null : JSON.stringify(input.parsed),
        now,
      });
    const row = this.db
      .prepare(`SELECT ${REPORT_COLUMNS} FROM reports WHERE sha256 = ?`)
      .get(sha256) as ReportRow;
    return { report: toReport(row), created: inserted.changes === 1 };
  }

  async getReport(id: string): Promise<Report | null> {
    const row = this.db.prepare(`SELECT ${REPORT_COLUMNS} FROM reports WHERE id = ?`).get(id) as
      | ReportRow
      | undefined;
    return row ? toReport(row) : null;
  }

  async getOriginal(id: string): Promise<OriginalUpload | null> {
    const row = this.db
      .prepare('SELECT file_name, format, content FROM reports WHERE id = ?')
      .get(id) as { file_name: string; format: string; content: Buffer } | undefined;
    if (!row) return null;
    return {
      fileName: row.file_name,
      format: ReleaseFormatSchema.parse(row.format),
      bytes: new Uint8Array(row.content),
    };
  }

  async listReports({ limit, offset }: ListOptions): Promise<ReportSummary[]> {
    const rows = this.db
      .prepare(
        `SELECT id, file_name, size, format, created_at FROM reports
         ORDER BY created_at DESC, id LIMIT ? OFFSET ?`,
      )
      .all(limit, offset) as Pick<ReportRow, 'id' | 'file_name' | 'size' | 'format' | 'created_at'>[];
    return rows.map((row) => ({
      id: row.id,
      fileName: row.file_name,
      size: row.size,
      format: ReleaseFormatSchema.parse(row.format),
      createdAt: row.created_at,
    }));
  }

  async updateParse(id: string, parserVersion: string, parsed: unknown): Promise<void> {
    this.db
      .prepare('UPDATE reports SET parser_version = ?, parsed_json = ?, updated_at = ? WHERE id = ?')
      .run(parserVersion, JSON.stringify(parsed), new Date().toISOString(), id);
  }

  async countReports(): Promise<number> {
    const row = this.db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number };
    return row.n;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
