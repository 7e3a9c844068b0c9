// `npm run worker`: works the team's queues on Postgres (DATABASE_URL) in this machine's threads
// (--threads N, default every core): each ingestion job's file parsed and stored as a report, and
// each report an older parser wrote read again (it queues those it finds when it starts, as an app
// server does).
// Start as many, on as many machines, as you like; stop one with Ctrl-C (it finishes its jobs).
import os from 'node:os';
import { parseArgs } from 'node:util';
import { env } from '@/lib/env';
import { IngestQueue } from '@/lib/jobs/ingest-queue';
import { ReparseQueue } from '@/lib/jobs/reparse-queue';
import { staleReports } from '@/lib/reports/reread-release';
import { StorePool } from '@/lib/reports/store-pool';
import { openStore } from '@/lib/storage/open-store';

async function main() {
  const settings = env();
  if (!settings.DATABASE_URL) {
    console.error('npm run worker needs DATABASE_URL: the queue lives in Postgres. On SQLite, `npm run ingest` parses in its own process.');
    process.exit(2);
  }
  let threads = NaN;
  try {
    const { values } = parseArgs({ args: process.argv.slice(2), options: { threads: { type: 'string' } } });
    threads = values.threads === undefined ? os.availableParallelism() : Number(values.threads);
  } catch {
    // an unknown option: the usage below
  }
  if (!Number.isInteger(threads) || threads < 1) {
    console.error('Usage: npm run worker -- [--threads N]');
    process.exit(2);
  }
  const store = openStore(settings);
  await store.ready();
  // scripts/worker.mjs bundles the storing thread beside this script.
  const pool = new StorePool(threads, settings.PARSE_BUDGET_MS, store, new URL('./store-worker.mjs', import.meta.url));
  const queue = new IngestQueue(settings.DATABASE_URL, settings.INGEST_JOB_EXPIRE_SECONDS);
  await queue.start();
  await queue.work(threads, async ({ fileName, sha256, bytes }) => {
    // A job run again after its worker died may find its report stored already.
    if ((await store.storedFiles([sha256])).has(sha256)) return { state: 'skipped' };
    // A storage fault is thrown, for the queue to run the job again later.
    const stored = await pool.storeRelease(bytes, fileName);
    return stored.ok ? { state: 'stored', reportId: stored.id } : { state: 'failed', reason: stored.message };
  });
  const rereads = new ReparseQueue(settings.DATABASE_URL);
  await rereads.enqueue(await staleReports(store));
  await rereads.work((reportId) => pool.reread(reportId), threads);
  console.log(`Release Desk worker: ${threads} parser thread${threads === 1 ? '' : 's'} on the ingestion and re-read queues.`);
  const stop = async () => {
    await queue.stop();
    await rereads.stop();
    await pool.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

await main();
