import PgBoss from 'pg-boss';

/**
 * Reports an older parser wrote, read again by this one as jobs on the team's queue (pg-boss on
 * Postgres): every app server queues the stale reports it finds at start or on a page, and works
 * the queue one report at a time, so several servers share the re-reading and each report is read
 * once. A report has at most one job waiting and one running (the queue's "stately" policy, keyed
 * on the report), however many servers queue it.
 */
export const REPARSE_QUEUE = 'release-desk-reparse';

// A re-read is one parse: longer than this, its server died under it, and another takes it.
const EXPIRE_SECONDS = 300;
const RETRY_LIMIT = 3;
const RETRY_DELAY_SECONDS = 30;
const INSERT_BATCH = 1000;

export type ReparseJob = { reportId: string };

export class ReparseQueue {
  private readonly boss: PgBoss;
  private started: Promise<void> | null = null;

  constructor(connectionString: string) {
    this.boss = new PgBoss({ connectionString, max: 2 });
    this.boss.on('error', (error) => console.error(`re-read queue: ${error.message}`));
  }

  /** Starts the queue (creating pg-boss's tables the first time); safe to call again. */
  start(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      await this.boss.createQueue(REPARSE_QUEUE, { name: REPARSE_QUEUE, policy: 'stately', retryLimit: RETRY_LIMIT, retryDelay: RETRY_DELAY_SECONDS, retryBackoff: true, expireInSeconds: EXPIRE_SECONDS });
    })();
    // A failed start (the database down) is tried again by the next call.
    this.started.catch(() => (this.started = null));
    return this.started;
  }

  /** Queues a re-read of each report; one already waiting is not queued twice. */
  async enqueue(reportIds: string[]): Promise<void> {
    await this.start();
    const jobs = reportIds.map((reportId) => ({ name: REPARSE_QUEUE, data: { reportId } satisfies ReparseJob, singletonKey: reportId }));
    for (let i = 0; i < jobs.length; i += INSERT_BATCH) await this.boss.insert(jobs.slice(i, i + INSERT_BATCH));
  }

  /**
   * Works the queue, `concurrency` jobs at once (an app server one, a worker one per thread), until
   * stopped; a thrown error (the store down) is tried again later.
   */
  async work(reread: (reportId: string) => Promise<void>, concurrency = 1): Promise<void> {
    await this.start();
    for (let i = 0; i < concurrency; i++) await this.boss.work<ReparseJob>(REPARSE_QUEUE, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => reread(job!.data.reportId));
  }

  async stop(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, wait: true });
  }
}
