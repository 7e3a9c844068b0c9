import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CorrectionSchema, type Correction, type NewCorrection } from '@/lib/domain/correction';
import type { LibraryItem, LibraryPage, LibraryQuery, Listing } from '@/lib/domain/listing';
import { ReleaseFormatSchema, type Report, type ReportCopy } from '@/lib/domain/report';
import { StorageUnusableError } from './faults';
import { migrate } from './migrations';
import type { LibraryScope, NewReport, OriginalUpload, Reparse, ReportState, ReportStore, SaveResult } from './report-store';
import { listingColumns } from './library-rows';
import { indexReport, indexSearch, keyCompanies, promoteCopy } from './sqlite-index';
import { listCompany, listLibrary, visibleTo } from './sqlite-library';
import { bufferOf, newReportId, toCorrection, toReport, toStates, type CorrectionRow, type ReportRow, type StateRow } from './rows';

const REPORT_COLUMNS =
  'id, file_name, sha256, size, format, parser_version, parsed_json, parsed_gzip, created_at, updated_at, copy_of, parse_failure';

// How long a write waits for another process's lock, trying again this often.
const LOCK_WAIT_MS = 250;
const LOCK_RETRY_MS = 10;

function isLockedOut(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

// Rate-limit windows last an hour at most: counts older than a day are swept every so many requests.
const SWEEP_EVERY = 1000;
const SWEEP_AFTER_MS = 24 * 60 * 60 * 1000;

/** The default ReportStore: one SQLite file in WAL mode. */
export class SqliteReportStore implements ReportStore {
  private readonly db: Database.Database;
  private hitsSinceSweep = 0;
  private readonly lockWaitMs: number;

  /**
   * `ownThread`: the store is a worker thread's own, which serves nothing else (bulk ingestion's
   * storing threads): a write waits for another's lock inside SQLite, which wakes sooner than a
   * retry every LOCK_RETRY_MS.
   */
  constructor(file: string, { ownThread = false }: { ownThread?: boolean } = {}) {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    try {
      this.db = new Database(file);
      // A file that is not a database, or a damaged one, is said at start, not as a 500 on every request.
      const check = this.db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new StorageUnusableError(file, `its integrity check says "${String(check)}"`);
    } catch (error) {
      if (error instanceof StorageUnusableError) throw error;
      throw new StorageUnusableError(file, error instanceof Error ? error.message : String(error));
    }
    // At start nothing is served yet: wait for another process's lock as long as it takes to migrate.
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    keyCompanies(this.db);
    // Serving, the synchronous driver must never wait for a lock itself: that would hold every
    // request of the process. Writes wait in `writing`, off the thread, then give up.
    if (!ownThread) this.db.pragma('busy_timeout = 0');
    this.lockWaitMs = ownThread ? 0 : LOCK_WAIT_MS;
  }

  /**
   * Runs a write; while another process holds the write lock, tries again every few milliseconds
   * (other requests are served meanwhile), and after LOCK_WAIT_MS lets SQLITE_BUSY through, which
   * the routes answer as "storage unavailable" (lib/storage/faults.ts) for the client to retry.
   */
  private async writing<T>(write: () => T): Promise<T> {
    for (let waited = 0; ; waited += LOCK_RETRY_MS) {
      try {
        return write();
      } catch (error) {
        if (!isLockedOut(error) || waited >= this.lockWaitMs) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_MS));
    }
  }

  async ready(): Promise<void> {
    // Opened, checked and migrated in the constructor.
  }

  async saveReport(input: NewReport): Promise<SaveResult> {
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    const now = new Date().toISOString();
    const id = newReportId();
    const save = this.db.transaction(() => {
      // The bytes once; every upload of them its own report.
      this.db
        .prepare('INSERT INTO originals (sha256, size, content) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING')
        .run(sha256, input.bytes.byteLength, bufferOf(input.bytes));
      const first = this.db.prepare('SELECT id FROM reports WHERE sha256 = ? AND copy_of IS NULL').get(sha256) as { id: string } | undefined;
      this.db
        .prepare(
          `INSERT INTO reports (id, file_name, sha256, size, format, parser_version, parsed_gzip, created_at, updated_at,
                                search_rowid, copy_of, parse_failure, company, ticker, release_date, listing_json, company_key)
           VALUES (@id, @fileName, @sha256, @size, @format, @parserVersion, @parsed, @now, @now,
                   (SELECT coalesce(max(search_rowid), 0) + 1 FROM reports), @copyOf, @parseFailure,
                   @company, @ticker, @releaseDate, @listingJson, @companyKey)`,
        )
        .run({
          id,
          fileName: input.fileName,
          sha256,
          size: input.bytes.byteLength,
          format: input.format,
          parserVersion: input.parserVersion,
          parsed: input.parsed ? bufferOf(input.parsed.gzip) : null,
          now,
          copyOf: first?.id ?? null,
          parseFailure: input.parseFailure ?? null,
          ...listingColumns(input.listing),
        });
      this.db.prepare('INSERT INTO edit_keys (key_hash, report_id, created_at) VALUES (?, ?, ?)').run(input.editKeyHash, id, now);
      indexSearch(this.db, id, input.listing, input.searchText);
      // The report as written, not read back: reading a large parse back cost as much as writing it.
      const report: SaveResult['report'] = {
        id, fileName: input.fileName, sha256, size: input.bytes.byteLength, format: input.format, parserVersion: input.parserVersion,
        createdAt: now, updatedAt: now, copyOf: first?.id ?? null, parseFailure: input.parseFailure ?? null,
      };
      return { report, copyOf: first?.id ?? null };
    });
    return this.writing(() => save.immediate());
  }

  async getReport(id: string): Promise<Report | null> {
    const row = this.db.prepare(`SELECT ${REPORT_COLUMNS} FROM reports WHERE id = ?`).get(id) as
      | ReportRow
      | undefined;
    return row ? toReport(row) : null;
  }

  async getOriginal(id: string): Promise<OriginalUpload | null> {
    const row = this.db
      .prepare('SELECT r.file_name, r.format, o.content FROM reports r JOIN originals o ON o.sha256 = r.sha256 WHERE r.id = ?')
      .get(id) as { file_name: string; format: string; content: Buffer } | undefined;
    if (!row) return null;
    return {
      fileName: row.file_name,
      format: ReleaseFormatSchema.parse(row.format),
      bytes: new Uint8Array(row.content),
    };
  }

  async storedFiles(sha256s: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    const lookup = this.db.prepare('SELECT 1 FROM originals WHERE sha256 = ?');
    for (const sha256 of sha256s) if (lookup.get(sha256)) found.add(sha256);
    return found;
  }

  async listReports(query: LibraryQuery, scope: LibraryScope): Promise<LibraryPage> {
    return listLibrary(this.db, query, scope);
  }

  async listCompanyReports(key: string, limit: number, scope: LibraryScope): Promise<LibraryItem[]> {
    return listCompany(this.db, key, limit, scope);
  }

  async updateParse(id: string, reparse: Reparse): Promise<void> {
    await this.writing(() => this.db.transaction(() => {
      this.db
        .prepare('UPDATE reports SET parser_version = ?, parsed_json = NULL, parsed_gzip = ?, parse_failure = ?, updated_at = ? WHERE id = ?')
        .run(reparse.parserVersion, reparse.parsed ? bufferOf(reparse.parsed.gzip) : null, reparse.parseFailure ?? null, new Date().toISOString(), id);
      indexReport(this.db, id, reparse.listing, reparse.searchText);
    }).immediate());
  }

  async updateListing(id: string, listing: Listing): Promise<void> {
    await this.writing(() => this.db.transaction(() => indexReport(this.db, id, listing, null)).immediate());
  }

  async listStale(parserVersion: string, limit: number): Promise<string[]> {
    const rows = this.db.prepare('SELECT id FROM reports WHERE parser_version IS NOT ? ORDER BY created_at LIMIT ?').all(parserVersion, limit) as { id: string }[];
    return rows.map((row) => row.id);
  }

  async listUnlisted(limit: number): Promise<string[]> {
    const rows = this.db
      .prepare('SELECT id FROM reports WHERE listing_json IS NULL AND (parsed_json IS NOT NULL OR parsed_gzip IS NOT NULL) LIMIT ?')
      .all(limit) as { id: string }[];
    return rows.map((row) => row.id);
  }

  async addCorrection(reportId: string, correction: NewCorrection): Promise<Correction> {
    const createdAt = new Date().toISOString();
    const { lastInsertRowid } = await this.writing(() => this.db
      .prepare(
        `INSERT INTO corrections (report_id, fact_key, kind, action, before_json, after_json, reverts, reason, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(reportId, correction.factKey, correction.kind, correction.action, JSON.stringify(correction.before),
        correction.after === null ? null : JSON.stringify(correction.after), correction.reverts ?? null, correction.reason, createdAt));
    return CorrectionSchema.parse({ ...correction, reverts: correction.reverts ?? null, id: Number(lastInsertRowid), createdAt });
  }

  async listCorrections(reportId: string): Promise<Correction[]> {
    const rows = this.db
      .prepare('SELECT * FROM corrections WHERE report_id = ? ORDER BY id')
      .all(reportId) as CorrectionRow[];
    return rows.map(toCorrection);
  }

  async listStates(ids: string[]): Promise<ReportState[]> {
    if (ids.length === 0) return [];
    const rows = this.db.prepare('SELECT id, parser_version, parse_failure, company FROM reports WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as StateRow[];
    return toStates(ids, rows);
  }

  async hasReport(id: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM reports WHERE id = ?').get(id) !== undefined;
  }

  async addEditKey(reportId: string, keyHash: string): Promise<void> {
    await this.writing(() => this.db.prepare('INSERT INTO edit_keys (key_hash, report_id, created_at) VALUES (?, ?, ?)').run(keyHash, reportId, new Date().toISOString()));
  }

  async isEditKey(reportId: string, keyHash: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM edit_keys WHERE key_hash = ? AND report_id = ?').get(keyHash, reportId) !== undefined;
  }

  async grantEditor(reportId: string, tokenHash: string): Promise<void> {
    await this.writing(() => this.db.prepare('INSERT OR IGNORE INTO report_editors (report_id, token_hash) VALUES (?, ?)').run(reportId, tokenHash));
  }

  async isEditor(reportId: string, tokenHash: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM report_editors WHERE report_id = ? AND token_hash = ?').get(reportId, tokenHash) !== undefined;
  }

  async listCopies(id: string, scope: LibraryScope): Promise<ReportCopy[]> {
    const visible = visibleTo(scope, 'id');
    const rows = this.db
      .prepare(`SELECT id, file_name, created_at FROM reports WHERE sha256 = (SELECT sha256 FROM reports WHERE id = ?) AND (id = ? OR ${visible.where}) ORDER BY created_at, search_rowid`)
      .all(id, id, ...visible.params) as { id: string; file_name: string; created_at: string }[];
    return rows.map((row) => ({ id: row.id, fileName: row.file_name, createdAt: row.created_at }));
  }

  async hit(bucket: string, client: string, windowMs: number, count: boolean): Promise<{ hits: number; resetAt: number }> {
    const now = Date.now();
    const expired = now - windowMs;
    const row = (
      count
        ? await this.writing(() => this.db
            .prepare(
              `INSERT INTO rate_limits (bucket, client, window_start, hits) VALUES (@bucket, @client, @now, 1)
               ON CONFLICT (bucket, client) DO UPDATE SET
                 hits = CASE WHEN window_start <= @expired THEN 1 ELSE hits + 1 END,
                 window_start = CASE WHEN window_start <= @expired THEN @now ELSE window_start END
               RETURNING hits, window_start`,
            )
            .get({ bucket, client, now, expired }))
        : this.db.prepare('SELECT hits, window_start FROM rate_limits WHERE bucket = ? AND client = ? AND window_start > ?').get(bucket, client, expired)
    ) as { hits: number; window_start: number } | undefined;
    if (count && ++this.hitsSinceSweep >= SWEEP_EVERY) await this.writing(() => this.sweepRateLimits(now));
    return row ? { hits: row.hits, resetAt: row.window_start + windowMs } : { hits: 0, resetAt: now };
  }

  /** Drops the counts of windows long over, now and then: the table holds active clients only. */
  private sweepRateLimits(now: number): void {
    this.hitsSinceSweep = 0;
    this.db.prepare('DELETE FROM rate_limits WHERE window_start < ?').run(now - SWEEP_AFTER_MS);
  }

  async usedBytes(): Promise<number> {
    // The database's pages in use (free pages excepted): what the file, with its WAL, takes on disk.
    const pages = (this.db.pragma('page_count', { simple: true }) as number) - (this.db.pragma('freelist_count', { simple: true }) as number);
    return pages * (this.db.pragma('page_size', { simple: true }) as number);
  }

  async deleteReport(id: string): Promise<boolean> {
    const remove = this.db.transaction(() => {
      const row = this.db.prepare('SELECT search_rowid, sha256, copy_of FROM reports WHERE id = ?').get(id) as
        | { search_rowid: number; sha256: string; copy_of: string | null }
        | undefined;
      if (!row) return false;
      const body = this.db.prepare('SELECT body FROM reports_fts WHERE rowid = ?').get(row.search_rowid) as { body: string } | undefined;
      this.db.prepare('DELETE FROM reports_fts WHERE rowid = ?').run(row.search_rowid);
      this.db.prepare('DELETE FROM reports_names WHERE rowid = ?').run(row.search_rowid);
      // corrections and report_editors go with it (ON DELETE CASCADE).
      this.db.prepare('DELETE FROM reports WHERE id = ?').run(id);
      if (row.copy_of === null) promoteCopy(this.db, id, body?.body ?? null);
      // The bytes go with the last report of them.
      this.db.prepare('DELETE FROM originals WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM reports WHERE sha256 = ?)').run(row.sha256, row.sha256);
      return true;
    });
    return this.writing(() => remove.immediate());
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
