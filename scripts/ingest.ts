// `npm run ingest -- PATH...`: loads many releases at once into the store the environment names
// (DATABASE_URL, else DATABASE_PATH), as uploads from the page would be, parsing on every core.
// A PATH is a file, a folder (read recursively) or @LIST (a file naming one path per line).
// Files stored already (the same bytes) are skipped, so a run cut short can simply be run again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs as parseCommandLine } from 'node:util';
import { env } from '@/lib/env';
import { ERRORS, type ErrorCode } from '@/lib/errors';
import limits from '@/lib/limits.json';
import { StorePool } from '@/lib/reports/store-pool';
import { IngestQueue } from '@/lib/jobs/ingest-queue';
import { isStorageFault } from '@/lib/storage/faults';
import { openStore } from '@/lib/storage/open-store';
import { progressLine, summary, type Tally } from './ingest-report';

// A storage fault (a lock, a restart) is waited out this many times before the file counts as failed.
const STORAGE_RETRIES = 3;
const RETRY_MS = 1000;
const HASH_BATCH = 500;

type Failed = { file: string; reason: string };

function usage(): never {
  console.error('Usage: npm run ingest -- [--threads N] [--queue] PATH... (files, folders, or @LIST naming one path per line)');
  console.error('  --queue: hand the files to the Postgres queue for `npm run worker` (on any machine) instead of parsing here.');
  process.exit(2);
}

function parseArgs(argv: string[]): { threads: number; paths: string[]; queue: boolean } {
  let parsed;
  try {
    parsed = parseCommandLine({ args: argv, allowPositionals: true, options: { threads: { type: 'string' }, queue: { type: 'boolean', default: false } } });
  } catch {
    usage();
  }
  const threads = parsed.values.threads === undefined ? os.availableParallelism() : Number(parsed.values.threads);
  if (!Number.isInteger(threads) || threads < 1 || parsed.positionals.length === 0) usage();
  return { threads, paths: parsed.positionals, queue: parsed.values.queue ?? false };
}

/** Every file a PATH names, folders read recursively in name order; what does not exist is a failure. */
function filesOf(paths: string[], failed: Failed[]): string[] {
  const files: string[] = [];
  const visit = (target: string) => {
    let stat;
    try {
      stat = statSync(target);
    } catch {
      failed.push({ file: target, reason: 'There is no such file or folder.' });
      return;
    }
    if (stat.isDirectory()) for (const entry of readdirSync(target).sort()) visit(path.join(target, entry));
    else if (stat.isFile()) files.push(target);
  };
  for (const p of paths) {
    if (p.startsWith('@')) {
      let list: string[];
      try {
        list = readFileSync(p.slice(1), 'utf8').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
      } catch {
        failed.push({ file: p.slice(1), reason: 'The list file cannot be read.' });
        continue;
      }
      list.forEach(visit);
    } else visit(p);
  }
  return [...new Set(files)];
}

type Pending = { file: string; sha256: string };
type Run = { pending: Pending[]; tally: Tally; fail: (file: string, code: ErrorCode | null, reason?: string) => void; show: () => void };

/** The same bytes twice in one run: the first is stored, the second is a copy no one asked for. */
function unique(pending: Pending[], tally: Tally): Pending[] {
  const seen = new Set<string>();
  return pending.filter((p) => {
    if (seen.has(p.sha256)) tally.skipped++;
    return !seen.has(p.sha256) && seen.add(p.sha256);
  });
}

/** Parses and stores here, each parser thread writing its own: as many files in flight as there are threads, and as many again being read. */
async function inProcess(pool: StorePool, threads: number, { pending, tally, fail, show }: Run): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < pending.length) {
      const { file } = pending[next++]!;
      const bytes = new Uint8Array(readFileSync(file));
      for (let attempt = 1; ; attempt++) {
        try {
          const stored = await pool.storeRelease(bytes, path.basename(file));
          if (stored.ok) tally.stored++;
          else fail(file, stored.code);
          break;
        } catch (error) {
          if (!isStorageFault(error) || attempt > STORAGE_RETRIES) {
            fail(file, null, error instanceof Error ? error.message : String(error));
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS * attempt));
        }
      }
      show();
    }
  };
  await Promise.all(Array.from({ length: threads * 2 }, worker));
  await pool.close();
}

/** Hands the files to the queue and follows the batch until the workers have done it all. */
async function onQueue(url: string | undefined, expireSeconds: number, { pending, tally, fail, show }: Run): Promise<void> {
  const queue = new IngestQueue(url!, expireSeconds);
  await queue.start();
  // No file finished in this long: no worker is running, or every one that took them died for good.
  const stallMs = Math.max(30, 4 * expireSeconds) * 1000;
  let lastDone = -1;
  let lastChange = Date.now();
  const batch = crypto.randomUUID();
  const paths = new Map(pending.map((p) => [p.sha256, p.file]));
  for (let i = 0; i < pending.length; i += HASH_BATCH) {
    await queue.enqueue(batch, pending.slice(i, i + HASH_BATCH).map(({ file, sha256 }) => ({ sha256, fileName: path.basename(file), bytes: new Uint8Array(readFileSync(file)) })));
  }
  const before = { skipped: tally.skipped, failed: tally.failed };
  for (;;) {
    let progress = await queue.progress(batch);
    const done = progress.stored + progress.skipped + progress.failed;
    if (done !== lastDone) [lastDone, lastChange] = [done, Date.now()];
    if (progress.queued > 0 && Date.now() - lastChange > stallMs) {
      await queue.abandon(batch, `No worker finished it in ${Math.round(stallMs / 1000)} s: is \`npm run worker\` running against this DATABASE_URL?`);
      progress = await queue.progress(batch);
    }
    Object.assign(tally, { stored: progress.stored, skipped: before.skipped + progress.skipped, failed: before.failed + progress.failed });
    show();
    if (progress.queued === 0) {
      tally.failed = before.failed;
      // Each failure by its path here: the ledger keeps the file's name only.
      for (const f of progress.failures) fail(paths.get(f.sha256) ?? f.file, null, f.reason);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await queue.stop();
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function main() {
  const { threads, paths, queue } = parseArgs(process.argv.slice(2));
  const settings = env();
  if (queue && !settings.DATABASE_URL) {
    console.error('--queue needs DATABASE_URL: the queue lives in Postgres. On SQLite, leave it out and the files are parsed here.');
    process.exit(2);
  }
  const store = openStore(settings);
  await store.ready();
  const failed: Failed[] = [];
  const files = filesOf(paths, failed);
  // A path that names nothing counts as one item, failed.
  const tally: Tally = { total: files.length + failed.length, stored: 0, skipped: 0, failed: failed.length, started: Date.now() };
  const fail = (file: string, code: ErrorCode | null, reason?: string) => {
    failed.push({ file, reason: reason ?? ERRORS[code!].message });
    tally.failed++;
  };

  // Which files are stored already: by their bytes, as uploads are.
  const pending: { file: string; sha256: string }[] = [];
  for (let i = 0; i < files.length; i += HASH_BATCH) {
    const batch = files.slice(i, i + HASH_BATCH).flatMap((file) => {
      if (statSync(file).size > limits.MAX_FILE_BYTES) {
        fail(file, 'file_too_large');
        return [];
      }
      return [{ file, sha256: sha256Of(readFileSync(file)) }];
    });
    const stored = await store.storedFiles(batch.map((b) => b.sha256));
    for (const b of batch) {
      if (stored.has(b.sha256)) tally.skipped++;
      else pending.push(b);
    }
  }

  const tty = process.stderr.isTTY;
  let shown = 0;
  const show = (force = false) => {
    if (!force && !tty && Date.now() - shown < 5000) return;
    shown = Date.now();
    process.stderr.write(tty ? `\r${progressLine(tally)}` : `${progressLine(tally)}\n`);
  };
  const run = { pending: unique(pending, tally), tally, fail, show };
  if (queue) await onQueue(settings.DATABASE_URL, settings.INGEST_JOB_EXPIRE_SECONDS, run);
  else await inProcess(new StorePool(threads, settings.PARSE_BUDGET_MS, store, new URL('./store-worker.mjs', import.meta.url)), threads, run);
  show(true);
  if (tty) process.stderr.write('\n');
  await store.close();

  console.log(summary(tally, queue ? 'queue' : threads));
  for (const f of failed) console.log(`  ${f.file}: ${f.reason}`);
  process.exit(failed.length === 0 ? 0 : 1);
}

await main();
