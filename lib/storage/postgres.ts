import { createHash } from 'node:crypto';
import pg from 'pg';
import { CorrectionSchema, type Correction, type NewCorrection } from '@/lib/domain/correction';
import type { LibraryItem, LibraryPage, LibraryQuery, Listing } from '@/lib/domain/listing';
import { ReleaseFormatSchema, type Report, type ReportCopy } from '@/lib/domain/report';
import { listingColumns, readListing } from './library-rows';
import { listCompanyPg, listLibraryPg } from './postgres-library';
import { migratePostgres } from './postgres-schema';
import type { LibraryScope, NewReport, OriginalUpload, Reparse, ReportState, ReportStore, SaveResult } from './report-store';
import { bufferOf, newReportId, toCorrection, toReport, toStates, type CorrectionRow, type ReportRow, type StateRow } from './rows';

// The words of a release search reads. A tsvector holds at most 1 MB: this many characters of the
// text (ten times the corpus's longest release) stay well under it whatever the words.
const SEARCH_CHARS = 500_000;
// Rate-limit counts older than a day are swept every so many requests, as on SQLite.
const SWEEP_EVERY = 1000;
const SWEEP_AFTER_MS = 24 * 60 * 60 * 1000;

const REPORT_COLUMNS = 'id, file_name, sha256, size, format, parser_version, parsed_gzip, created_at, updated_at, copy_of, parse_failure';

/** Postgres text holds no NUL character; a stray one in a release's text would refuse the whole row. */
function storable(text: string): string {
  return text.replace(/\u0000/g, ' ');
}

type Client = pg.Pool | pg.PoolClient;

/**
 * The ReportStore for a team: Postgres (DATABASE_URL), shared by several app servers and workers.
 * Nothing is held in this process that another server needs: every fact, right and count is in
 * the database. The pool reconnects by itself after the server restarts; meanwhile queries fail
 * with connection errors, which the routes answer as "storage unavailable".
 */
export class PostgresReportStore implements ReportStore {
  private readonly pool: pg.Pool;
  private migrated: Promise<void> | null = null;
  private hitsSinceSweep = 0;

  constructor(connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5000 });
    // An idle connection the server drops (a restart) is an event, not a crash of this process.
    this.pool.on('error', (error) => console.error(`storage: an idle database connection failed: ${error.message}`));
  }

  /** The schema, migrated once per process on first use; tried again on the next use if it failed. */
  private async db(): Promise<pg.Pool> {
    this.migrated ??= migratePostgres(this.pool).catch((error: unknown) => {
      this.migrated = null;
      throw error;
    });
    await this.migrated;
    return this.pool;
  }

  /** Runs `work` in one transaction on one connection. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const pool = await this.db();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async ready(): Promise<void> {
    await this.db();
  }

  /** Writes a first report's search row (copies are searched through their first report). */
  private async indexSearch(client: Client, id: string, listing: Listing | null, searchText: string | null): Promise<void> {
    const { rows } = await client.query<{ copy_of: string | null; body: string | null }>(
      'SELECT r.copy_of, s.body FROM reports r LEFT JOIN report_search s ON s.report_id = r.id WHERE r.id = $1',
      [id],
    );
    if (!rows[0] || rows[0].copy_of !== null) return;
    const company = listing?.company ?? '';
    const ticker = listing?.ticker ?? '';
    const body = storable((searchText ?? rows[0].body ?? '').slice(0, SEARCH_CHARS));
    await client.query(
      `INSERT INTO report_search (report_id, words, body, name)
       VALUES ($1, strip(to_tsvector('simple', unaccent($2 || ' ' || $3 || ' ' || $4))), $4, $5)
       ON CONFLICT (report_id) DO UPDATE SET words = excluded.words, body = excluded.body, name = excluded.name`,
      [id, storable(company), storable(ticker), body, storable(`${company} ${ticker}`.trim())],
    );
  }

  private async indexReport(client: Client, id: string, listing: Listing | null, searchText: string | null): Promise<void> {
    const c = listingColumns(listing);
    await client.query('UPDATE reports SET company = $2, ticker = $3, release_date = $4, listing_json = $5, company_key = $6 WHERE id = $1', [
      id, c.company, c.ticker, c.releaseDate, c.listingJson, c.companyKey,
    ]);
    await this.indexSearch(client, id, listing, searchText);
  }

  async saveReport(input: NewReport): Promise<SaveResult> {
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    const now = new Date().toISOString();
    const id = newReportId();
    return this.transaction(async (client) => {
      // Two uploads of the same bytes at once: one decides which is the first, the other waits.
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [sha256]);
      await client.query('INSERT INTO originals (sha256, size, content) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING', [
        sha256, input.bytes.byteLength, bufferOf(input.bytes),
      ]);
      const first = (await client.query<{ id: string }>('SELECT id FROM reports WHERE sha256 = $1 AND copy_of IS NULL', [sha256])).rows[0];
      const c = listingColumns(input.listing);
      await client.query(
        `INSERT INTO reports (id, file_name, sha256, size, format, parser_version, parsed_gzip, parse_failure, created_at, updated_at,
                              copy_of, company, ticker, release_date, listing_json, company_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10, $11, $12, $13, $14, $15)`,
        [id, input.fileName, sha256, input.bytes.byteLength, input.format, input.parserVersion, input.parsed ? bufferOf(input.parsed.gzip) : null,
          input.parseFailure ?? null, now, first?.id ?? null, c.company, c.ticker, c.releaseDate, c.listingJson, c.companyKey],
      );
      await client.query('INSERT INTO edit_keys (key_hash, report_id, created_at) VALUES ($1, $2, $3)', [input.editKeyHash, id, now]);
      await this.indexSearch(client, id, input.listing, input.searchText);
      const report: SaveResult['report'] = {
        id, fileName: input.fileName, sha256, size: input.bytes.byteLength, format: input.format, parserVersion: input.parserVersion,
        createdAt: now, updatedAt: now, copyOf: first?.id ?? null, parseFailure: input.parseFailure ?? null,
      };
      return { report, copyOf: first?.id ?? null };
    });
  }

  async getReport(id: string): Promise<Report | null> {
    const { rows } = await (await this.db()).query<ReportRow>(`SELECT ${REPORT_COLUMNS} FROM reports WHERE id = $1`, [id]);
    return rows[0] ? toReport(rows[0]) : null;
  }

  async getOriginal(id: string): Promise<OriginalUpload | null> {
    const { rows } = await (await this.db()).query<{ file_name: string; format: string; content: Buffer }>(
      'SELECT r.file_name, r.format, o.content FROM reports r JOIN originals o ON o.sha256 = r.sha256 WHERE r.id = $1',
      [id],
    );
    const row = rows[0];
    return row ? { fileName: row.file_name, format: ReleaseFormatSchema.parse(row.format), bytes: new Uint8Array(row.content) } : null;
  }

  async storedFiles(sha256s: string[]): Promise<Set<string>> {
    const { rows } = await (await this.db()).query<{ sha256: string }>('SELECT sha256 FROM originals WHERE sha256 = ANY($1)', [sha256s]);
    return new Set(rows.map((row) => row.sha256));
  }

  async listReports(query: LibraryQuery, scope: LibraryScope): Promise<LibraryPage> {
    return listLibraryPg(await this.db(), query, scope);
  }

  async listCompanyReports(key: string, limit: number, scope: LibraryScope): Promise<LibraryItem[]> {
    return listCompanyPg(await this.db(), key, limit, scope);
  }

  async updateParse(id: string, reparse: Reparse): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('UPDATE reports SET parser_version = $2, parsed_gzip = $3, parse_failure = $4, updated_at = $5 WHERE id = $1', [
        id, reparse.parserVersion, reparse.parsed ? bufferOf(reparse.parsed.gzip) : null, reparse.parseFailure ?? null, new Date().toISOString(),
      ]);
      await this.indexReport(client, id, reparse.listing, reparse.searchText);
    });
  }

  async updateListing(id: string, listing: Listing): Promise<void> {
    await this.transaction((client) => this.indexReport(client, id, listing, null));
  }

  async listStale(parserVersion: string, limit: number): Promise<string[]> {
    const { rows } = await (await this.db()).query<{ id: string }>('SELECT id FROM reports WHERE parser_version IS DISTINCT FROM $1 ORDER BY created_at LIMIT $2', [parserVersion, limit]);
    return rows.map((row) => row.id);
  }

  async listUnlisted(limit: number): Promise<string[]> {
    const { rows } = await (await this.db()).query<{ id: string }>('SELECT id FROM reports WHERE listing_json IS NULL AND parsed_gzip IS NOT NULL LIMIT $1', [limit]);
    return rows.map((row) => row.id);
  }

  async addCorrection(reportId: string, correction: NewCorrection): Promise<Correction> {
    const createdAt = new Date().toISOString();
    const { rows } = await (await this.db()).query<{ id: string }>(
      `INSERT INTO corrections (report_id, fact_key, kind, action, before_json, after_json, reverts, reason, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [reportId, correction.factKey, correction.kind, correction.action, JSON.stringify(correction.before),
        correction.after === null ? null : JSON.stringify(correction.after), correction.reverts ?? null, storable(correction.reason), createdAt],
    );
    return CorrectionSchema.parse({ ...correction, reverts: correction.reverts ?? null, id: Number(rows[0]!.id), createdAt });
  }

  async listCorrections(reportId: string): Promise<Correction[]> {
    const { rows } = await (await this.db()).query<CorrectionRow>('SELECT * FROM corrections WHERE report_id = $1 ORDER BY id', [reportId]);
    return rows.map(toCorrection);
  }

  async listStates(ids: string[]): Promise<ReportState[]> {
    if (ids.length === 0) return [];
    const { rows } = await (await this.db()).query<StateRow>('SELECT id, parser_version, parse_failure, company FROM reports WHERE id = ANY($1)', [ids]);
    return toStates(ids, rows);
  }

  async hasReport(id: string): Promise<boolean> {
    return (await (await this.db()).query('SELECT 1 FROM reports WHERE id = $1', [id])).rowCount! > 0;
  }

  async addEditKey(reportId: string, keyHash: string): Promise<void> {
    await (await this.db()).query('INSERT INTO edit_keys (key_hash, report_id, created_at) VALUES ($1, $2, $3)', [keyHash, reportId, new Date().toISOString()]);
  }

  async isEditKey(reportId: string, keyHash: string): Promise<boolean> {
    return (await (await this.db()).query('SELECT 1 FROM edit_keys WHERE key_hash = $1 AND report_id = $2', [keyHash, reportId])).rowCount! > 0;
  }

  async grantEditor(reportId: string, tokenHash: string): Promise<void> {
    await (await this.db()).query('INSERT INTO report_editors (report_id, token_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING', [reportId, tokenHash]);
  }

  async isEditor(reportId: string, tokenHash: string): Promise<boolean> {
    return (await (await this.db()).query('SELECT 1 FROM report_editors WHERE report_id = $1 AND token_hash = $2', [reportId, tokenHash])).rowCount! > 0;
  }

  async listCopies(id: string, scope: LibraryScope): Promise<ReportCopy[]> {
    const visible = scope.kind === 'team' ? 'true' : 'id IN (SELECT report_id FROM report_editors WHERE token_hash = $2)';
    const { rows } = await (await this.db()).query<{ id: string; file_name: string; created_at: string }>(
      `SELECT id, file_name, created_at FROM reports WHERE sha256 = (SELECT sha256 FROM reports WHERE id = $1) AND (id = $1 OR ${visible}) ORDER BY created_at, seq`,
      scope.kind === 'team' ? [id] : [id, scope.editorTokenHash ?? ''],
    );
    return rows.map((row) => ({ id: row.id, fileName: row.file_name, createdAt: row.created_at }));
  }

  async hit(bucket: string, client: string, windowMs: number, count: boolean): Promise<{ hits: number; resetAt: number }> {
    const pool = await this.db();
    const now = Date.now();
    const expired = now - windowMs;
    const { rows } = count
      ? await pool.query<{ hits: number; window_start: string }>(
          `INSERT INTO rate_limits (bucket, client, window_start, hits) VALUES ($1, $2, $3, 1)
           ON CONFLICT (bucket, client) DO UPDATE SET
             hits = CASE WHEN rate_limits.window_start <= $4 THEN 1 ELSE rate_limits.hits + 1 END,
             window_start = CASE WHEN rate_limits.window_start <= $4 THEN excluded.window_start ELSE rate_limits.window_start END
           RETURNING hits, window_start`,
          [bucket, client, now, expired],
        )
      : await pool.query<{ hits: number; window_start: string }>('SELECT hits, window_start FROM rate_limits WHERE bucket = $1 AND client = $2 AND window_start > $3', [bucket, client, expired]);
    if (count && ++this.hitsSinceSweep >= SWEEP_EVERY) {
      this.hitsSinceSweep = 0;
      await pool.query('DELETE FROM rate_limits WHERE window_start < $1', [now - SWEEP_AFTER_MS]);
    }
    const row = rows[0];
    return row ? { hits: row.hits, resetAt: Number(row.window_start) + windowMs } : { hits: 0, resetAt: now };
  }

  async usedBytes(): Promise<number> {
    const { rows } = await (await this.db()).query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes');
    return Number(rows[0]!.bytes);
  }

  async deleteReport(id: string): Promise<boolean> {
    return this.transaction(async (client) => {
      const { rows } = await client.query<{ sha256: string; copy_of: string | null; body: string | null }>(
        'SELECT r.sha256, r.copy_of, s.body FROM reports r LEFT JOIN report_search s ON s.report_id = r.id WHERE r.id = $1 FOR UPDATE OF r',
        [id],
      );
      const row = rows[0];
      if (!row) return false;
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [row.sha256]);
      // Corrections, edit rights, keys and the search row go with it (ON DELETE CASCADE).
      await client.query('DELETE FROM reports WHERE id = $1', [id]);
      if (row.copy_of === null) await this.promoteCopy(client, id, row.body);
      await client.query('DELETE FROM originals WHERE sha256 = $1 AND NOT EXISTS (SELECT 1 FROM reports WHERE sha256 = $1)', [row.sha256]);
      return true;
    });
  }

  /** After a file's first report is deleted, its oldest copy becomes the first, listed and searched by the same text. */
  private async promoteCopy(client: pg.PoolClient, deleted: string, searchText: string | null): Promise<void> {
    const { rows } = await client.query<{ id: string; listing_json: string | null }>(
      'SELECT id, listing_json FROM reports WHERE copy_of = $1 ORDER BY created_at, seq LIMIT 1',
      [deleted],
    );
    const next = rows[0];
    if (!next) return;
    await client.query('UPDATE reports SET copy_of = NULL WHERE id = $1', [next.id]);
    await client.query('UPDATE reports SET copy_of = $1 WHERE copy_of = $2', [next.id, deleted]);
    await this.indexReport(client, next.id, readListing(next.listing_json), searchText);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
