// `npm run ingest -- PATH...`: loads many releases at once into the store the environment names
// (DATABASE_URL, else DATABASE_PATH), as uploads from the page would be, parsing on every core.
// A PATH is a file, a folder (read recursively) or @LIST (a file naming one path per line).
// Files stored already (the same bytes) are skipped, so a run cut short can simply be run again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { env } from '@/lib/env';
import { ERRORS, type ErrorCode } from '@/lib/errors';
import limits from '@/lib/limits.json';
import { ParsePool } from '@/lib/reports/parse-pool';
import { storeRelease } from '@/lib/reports/store-release';
import { isStorageFault } from '@/lib/storage/faults';
import { openStore } from '@/lib/storage/open-store';
import { progressLine, summary, type Tally } from './ingest-report';

// A storage fault (a lock, a restart) is waited out this many times before the file counts as failed.
const STORAGE_RETRIES = 3;
const RETRY_MS = 1000;
const HASH_BATCH = 500;

type Failed = { file: string; reason: string };

function usage(): never {
  console.error('Usage: npm run ingest -- [--threads N] PATH... (files, folders, or @LIST naming one path per line)');
  process.exit(2);
}

function parseArgs(argv: string[]): { threads: number; paths: string[] } {
  let threads = os.availableParallelism();
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--threads') {
      threads = Number(argv[++i]);
      if (!Number.isInteger(threads) || threads < 1) usage();
    } else paths.push(argv[i]!);
  }
  if (paths.length === 0) usage();
  return { threads, paths };
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

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function main() {
  const { threads, paths } = parseArgs(process.argv.slice(2));
  const settings = env();
  const store = openStore(settings);
  await store.ready();
  // scripts/ingest.mjs bundles the parser thread beside this script.
  const pool = new ParsePool(threads, settings.PARSE_BUDGET_MS, new URL('./parse-worker.mjs', import.meta.url));
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

  // As many files in flight as there are parser threads, and as many again being read and stored.
  let next = 0;
  const seen = new Set<string>();
  const worker = async () => {
    while (next < pending.length) {
      const { file, sha256 } = pending[next++]!;
      // The same bytes twice in one run: the first stores them, the second is a copy no one asked for.
      if (seen.has(sha256)) {
        tally.skipped++;
        continue;
      }
      seen.add(sha256);
      for (let attempt = 1; ; attempt++) {
        try {
          const stored = await storeRelease(store, (bytes) => pool.parse(bytes), new Uint8Array(readFileSync(file)), path.basename(file));
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
  show(true);
  if (tty) process.stderr.write('\n');
  await pool.close();
  await store.close();

  console.log(summary(tally, threads));
  for (const f of failed) console.log(`  ${f.file}: ${f.reason}`);
  process.exit(failed.length === 0 ? 0 : 1);
}

await main();
