import { Worker } from 'node:worker_threads';
import type { Failure } from '@/lib/errors';
import { isStorageFault } from '@/lib/storage/faults';
import type { ReportStore } from '@/lib/storage/report-store';
import { rereadIfStale } from './reread-release';
import { storeRelease, type Stored } from './store-release';
import { ThreadPool, type ThreadOutcome } from './thread-pool';

export type StoreJob = { kind: 'store'; bytes: Uint8Array; fileName: string } | { kind: 'reread'; reportId: string };

/**
 * Why a job's release is stored unread when its thread gave no answer: over the budget, or the
 * thread failed (logged). A storage fault is thrown instead, for the caller to try again.
 */
function unreadAfter(outcome: Exclude<ThreadOutcome<unknown>, { kind: 'done' }>, job: string): 'timed_out' | 'failed' {
  if (outcome.kind === 'timed_out') return 'timed_out';
  if (isStorageFault(outcome.error)) throw outcome.error;
  console.error(`${job} thread failed`, `${outcome.error.name}: ${outcome.error.message}`);
  return 'failed';
}

/**
 * Threads that each parse a release and store it, for bulk ingestion: with the writes in the
 * threads, every core parses and writes, where one thread writing for all of them held the rest
 * back (a write costs a fifth of a parse). A release over the time budget, or whose thread died,
 * is stored unread from here, as an upload's would be.
 */
export class StorePool {
  private readonly threads: ThreadPool<StoreJob, Stored | Failure | null>;

  /** `script`: the bundled lib/reports/store-worker.ts; `store`: this thread's own, for releases stored unread. */
  constructor(size: number, budgetMs: number, private readonly store: ReportStore, script: URL) {
    this.threads = new ThreadPool(size, budgetMs, () => new Worker(script));
  }

  /** Parses and stores a release; throws a storage fault (a lock, a lost connection) for the caller to retry. */
  async storeRelease(bytes: Uint8Array, fileName: string): Promise<Stored | Failure> {
    const outcome = await this.threads.run({ kind: 'store', bytes, fileName });
    // A store job answers with a report or a refusal, never the re-read's null.
    if (outcome.kind === 'done') return outcome.value!;
    // A thread ended over its budget just after its write leaves a copy of the report, never a loss.
    const unread = unreadAfter(outcome, 'storing');
    return storeRelease(this.store, async () => ({ kind: unread }), bytes, fileName);
  }

  /**
   * Reads a report an older parser wrote again, in a thread, unless it has been meanwhile. One over
   * the time budget, or whose thread died, is stored unread under this parser, as an upload's would be.
   */
  async reread(reportId: string): Promise<void> {
    const outcome = await this.threads.run({ kind: 'reread', reportId });
    if (outcome.kind === 'done') return;
    const unread = unreadAfter(outcome, 're-reading');
    await rereadIfStale(this.store, async () => ({ kind: unread }), reportId);
  }

  async close(): Promise<void> {
    await this.threads.close();
  }
}
