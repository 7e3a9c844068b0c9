import PgBoss from 'pg-boss';
import pg from 'pg';

/**
 * Bulk ingestion as a queue on Postgres (pg-boss), so that workers on several machines share one
 * batch: `npm run ingest -- --queue PATH...` stores each file's bytes in the batch's ledger and
 * queues a job; `npm run worker` parses and stores them. pg-boss keeps a job until it is done: a
 * worker killed mid-job leaves it to expire and run again elsewhere. The ledger says, per file,
 * what became of it, for the command's progress line and its list of failures.
 */
export const INGEST_QUEUE = 'release-desk-ingest';

const RETRY_LIMIT = 2;
const RETRY_DELAY_SECONDS = 2;

const LEDGER = `CREATE TABLE IF NOT EXISTS release_desk_ingest (
  batch      text NOT NULL,
  sha256     text NOT NULL,
  file_name  text NOT NULL,
  bytes      bytea,
  state      text NOT NULL DEFAULT 'queued',
  error      text,
  report_id  text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (batch, sha256)
)`;

export type IngestJob = { batch: string; sha256: string };
export type QueuedFile = { sha256: string; fileName: string; bytes: Uint8Array };
export type Progress = { queued: number; stored: number; skipped: number; failed: number; failures: { sha256: string; file: string; reason: string }[] };
/** What a worker made of a file: stored as a report, found stored already, or refused with a reason. */
export type Handled = { state: 'stored'; reportId: string } | { state: 'skipped' } | { state: 'failed'; reason: string };

export class IngestQueue {
  private readonly boss: PgBoss;
  private readonly pool: pg.Pool;

  /**
   * `expireSeconds`: a job runs again when its worker has not finished it in this time (it died,
   * or its machine did); pg-boss looks for such jobs at least every 15 s.
   */
  constructor(connectionString: string, private readonly expireSeconds: number) {
    this.boss = new PgBoss({ connectionString, max: 4, maintenanceIntervalSeconds: Math.max(1, Math.min(15, Math.floor(expireSeconds / 2))) });
    this.boss.on('error', (error) => console.error(`queue: ${error.message}`));
    this.pool = new pg.Pool({ connectionString, max: 4 });
  }

  async start(): Promise<void> {
    await this.boss.start();
    await this.pool.query(LEDGER);
    await this.boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: RETRY_LIMIT, retryDelay: RETRY_DELAY_SECONDS, expireInSeconds: this.expireSeconds });
  }

  /** Puts files in the batch's ledger (their bytes with them) and queues a job for each. */
  async enqueue(batch: string, files: QueuedFile[]): Promise<void> {
    for (const f of files) {
      await this.pool.query('INSERT INTO release_desk_ingest (batch, sha256, file_name, bytes) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
        batch, f.sha256, f.fileName, Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength),
      ]);
    }
    const jobs = files.map((f) => ({ name: INGEST_QUEUE, data: { batch, sha256: f.sha256 } satisfies IngestJob, retryLimit: RETRY_LIMIT, retryDelay: RETRY_DELAY_SECONDS, expireInSeconds: this.expireSeconds }));
    for (let i = 0; i < jobs.length; i += 500) await this.boss.insert(jobs.slice(i, i + 500));
  }

  /** How far a batch has come, from its ledger. */
  async progress(batch: string): Promise<Progress> {
    const counts = await this.pool.query<{ state: string; n: number }>('SELECT state, count(*)::int AS n FROM release_desk_ingest WHERE batch = $1 GROUP BY state', [batch]);
    const by = Object.fromEntries(counts.rows.map((r) => [r.state, r.n])) as Record<string, number>;
    const failures = await this.pool.query<{ sha256: string; file_name: string; error: string }>("SELECT sha256, file_name, error FROM release_desk_ingest WHERE batch = $1 AND state = 'failed' ORDER BY file_name", [batch]);
    return {
      queued: by.queued ?? 0,
      stored: by.stored ?? 0,
      skipped: by.skipped ?? 0,
      failed: by.failed ?? 0,
      failures: failures.rows.map((r) => ({ sha256: r.sha256, file: r.file_name, reason: r.error })),
    };
  }

  /**
   * Works the queue with `concurrency` jobs at once until stopped: each file's bytes from the
   * ledger through `handle`, its outcome written back. A thrown error (the store unreachable) is
   * retried by pg-boss; on its last try the file is recorded as failed with the error.
   */
  async work(concurrency: number, handle: (file: { fileName: string; sha256: string; bytes: Uint8Array }) => Promise<Handled>): Promise<void> {
    const run = async ([job]: PgBoss.JobWithMetadata<IngestJob>[]) => {
      const { batch, sha256 } = job!.data;
      const { rows } = await this.pool.query<{ file_name: string; bytes: Buffer | null; state: string }>('SELECT file_name, bytes, state FROM release_desk_ingest WHERE batch = $1 AND sha256 = $2', [batch, sha256]);
      const file = rows[0];
      if (!file || file.state !== 'queued' || !file.bytes) return;
      try {
        const outcome = await handle({ fileName: file.file_name, sha256, bytes: new Uint8Array(file.bytes) });
        await this.record(batch, sha256, outcome.state, outcome.state === 'failed' ? outcome.reason : null, outcome.state === 'stored' ? outcome.reportId : null);
      } catch (error) {
        if (job!.retryCount >= job!.retryLimit) await this.record(batch, sha256, 'failed', error instanceof Error ? error.message : String(error), null);
        throw error;
      }
    };
    for (let i = 0; i < concurrency; i++) await this.boss.work<IngestJob>(INGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true }, run);
  }

  /** Gives up on a batch's files no worker has finished: each is recorded as failed with `reason`. */
  async abandon(batch: string, reason: string): Promise<void> {
    await this.pool.query("UPDATE release_desk_ingest SET state = 'failed', error = $2, bytes = NULL, updated_at = now() WHERE batch = $1 AND state = 'queued'", [batch, reason]);
  }

  private async record(batch: string, sha256: string, state: string, error: string | null, reportId: string | null): Promise<void> {
    // The bytes go once the file is done: the report holds them now (or they were no release).
    await this.pool.query('UPDATE release_desk_ingest SET state = $3, error = $4, report_id = $5, bytes = NULL, updated_at = now() WHERE batch = $1 AND sha256 = $2', [
      batch, sha256, state, error, reportId,
    ]);
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true });
    await this.pool.end();
  }
}
