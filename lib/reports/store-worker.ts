// A thread that parses a release and stores it too, or reads a stored report again, (lib/reports/store-pool.ts starts it), with a
// connection of its own: bulk ingestion's writes then run on every core, not all on one thread.
import { env } from '@/lib/env';
import { openStore } from '@/lib/storage/open-store';
import { parseForStore } from './parse-for-store';
import type { ParseOutcome } from './parse-pool';
import { rereadIfStale } from './reread-release';
import { storeRelease } from './store-release';
import type { StoreJob } from './store-pool';
import { answerJobs } from './thread-pool';

// This thread serves nothing else: its writes may wait for another thread's lock inside SQLite.
const store = openStore(env(), { ownThread: true });
const ready = store.ready();

async function parseHere(bytes: Uint8Array, keep: boolean): Promise<ParseOutcome> {
  try {
    return { kind: 'parsed', ...parseForStore(bytes, keep) };
  } catch (error) {
    // Stored unread, as a release the parser thread failed on is.
    console.error('parseRelease failed', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    return { kind: 'failed' };
  }
}

answerJobs(
  (job: StoreJob) =>
    job.kind === 'reread'
      ? rereadIfStale(store, (bytes) => parseHere(bytes, true), job.reportId).then(() => null)
      : storeRelease(store, (bytes) => parseHere(bytes, false), job.bytes, job.fileName),
  ready,
);
