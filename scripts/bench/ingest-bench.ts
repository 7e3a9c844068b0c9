// Ingestion throughput for `npm run bench`: the corpus's releases made unique and repeated to
// BENCH_INGEST_FILES files, loaded by `npm run ingest` with 1 and with every core's parser
// threads, into a fresh SQLite file and a fresh Postgres database.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ROOT } from './stats';

export type IngestRate = { engine: 'SQLite' | 'Postgres'; threads: number; files: number; seconds: number; perSecond: number };

function folderOf(files: number): string {
  const corpus = path.join(ROOT, '..', 'shared', 'corpus', 'releases');
  const releases = readdirSync(corpus).sort().map((name) => readFileSync(path.join(corpus, name)));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'release-desk-bench-ingest-'));
  for (let i = 0; i < files; i++) writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.txt`), Buffer.concat([releases[i % releases.length]!, Buffer.from(`\n[ingest ${i}]\n`)]));
  return dir;
}

function timedIngest(folder: string, threads: number, env: Record<string, string>): number {
  const started = performance.now();
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'ingest.mjs'), '--threads', String(threads), folder], { env: { ...process.env, ...env }, stdio: 'ignore' });
  } catch {
    // Exit code 1 when a file failed: the rate still counts what was stored.
  }
  return (performance.now() - started) / 1000;
}

/** Releases per second for each engine and thread count; Postgres only when `postgresUrl` is given. */
export async function benchIngest(files: number, postgresUrl: string | null): Promise<IngestRate[]> {
  const folder = folderOf(files);
  const rates: IngestRate[] = [];
  const threadCounts = [...new Set([1, os.availableParallelism()])];
  try {
    for (const threads of threadCounts) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'release-desk-bench-ingest-db-'));
      const seconds = timedIngest(folder, threads, { DATABASE_PATH: path.join(dir, 'ingest.db') });
      rmSync(dir, { recursive: true, force: true });
      rates.push({ engine: 'SQLite', threads, files, seconds, perSecond: files / seconds });
    }
    if (postgresUrl) {
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      for (const threads of threadCounts) {
        const name = `release_desk_bench_${threads}_${Date.now()}`;
        await admin.query(`CREATE DATABASE ${name}`);
        const url = new URL(postgresUrl);
        url.pathname = `/${name}`;
        const seconds = timedIngest(folder, threads, { DATABASE_URL: url.toString() });
        await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
        rates.push({ engine: 'Postgres', threads, files, seconds, perSecond: files / seconds });
      }
      await admin.end();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return rates;
}
