import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../lib/storage/test-database.test-helper';

const ROOT = path.join(__dirname, '..');
// Short, so that a job whose worker died runs again within seconds.
const EXPIRE = '4';

function release(company: string, body = ''): string {
  return `${company} Reports Results\n\nSPRINGFIELD, IL--(BUSINESS WIRE)--March 3, 2025--${company} today reported net sales of\n$12,345,678 for the fiscal year ended December 31, 2024.\n${body}`;
}

describe('the team queues on Postgres (npm run ingest -- --queue, npm run worker)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: pg.Client;
  let env: NodeJS.ProcessEnv;
  let folder: string;
  const workers: ChildProcess[] = [];

  beforeEach(async () => {
    database = await createTestDatabase('release_desk_queue');
    env = { ...process.env, DATABASE_URL: database.url, INGEST_JOB_EXPIRE_SECONDS: EXPIRE };
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
    folder = mkdtempSync(path.join(tmpdir(), 'release-desk-queue-'));
  });

  afterEach(async () => {
    for (const w of workers.splice(0)) w.kill('SIGKILL');
    await db.end();
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  const startWorker = () => {
    const worker = spawn(process.execPath, [path.join(ROOT, 'scripts', 'worker.mjs'), '--threads', '1'], { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    workers.push(worker);
    return new Promise<ChildProcess>((resolve) => worker.stdout!.on('data', (d: Buffer) => d.toString().includes('on the ingestion and re-read queues') && resolve(worker)));
  };
  const ingest = () =>
    new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(process.execPath, [path.join(ROOT, 'scripts', 'ingest.mjs'), '--queue', folder], { env, cwd: ROOT }, (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }));
    });
  const companies = async () => (await db.query('SELECT company, count(*)::int AS n FROM reports GROUP BY company ORDER BY company')).rows;

  it("hands a folder to the queue, a worker parses and stores it, and the command reports the worker's outcome per file", async () => {
    for (const c of ['Nu Mills Corp', 'Xi Optics Inc']) writeFileSync(path.join(folder, `${c}.txt`), release(c));
    writeFileSync(path.join(folder, 'empty.txt'), '   \n');
    await startWorker();
    const run = await ingest();
    expect(run.stdout.replace(/ in \d+s \([\d.]+\/s, /, ' in … (').split('\n')).toEqual([
      "Stored 2 releases in … (by the queue's workers); 0 skipped (stored already); 1 failed:",
      `  ${path.join(folder, 'empty.txt')}: This file is empty: there is no text to read.`,
      '',
    ]);
    expect(await companies()).toEqual([{ company: 'Nu Mills Corp', n: 1 }, { company: 'Xi Optics Inc', n: 1 }]);
  }, 90_000);

  it('reads again, at its start, the reports an older parser wrote, and leaves current ones be', async () => {
    for (const c of ['Tau Glass Inc', 'Ups Paper Corp']) writeFileSync(path.join(folder, `${c}.txt`), release(c));
    const first = await startWorker();
    expect((await ingest()).code).toBe(0);
    first.kill('SIGKILL');
    const { rows: before } = await db.query('SELECT id, parser_version FROM reports ORDER BY company');
    const current = before[0].parser_version as string;
    // As if an older parser had written the first: an old version, and a library row it got wrong.
    await db.query("UPDATE reports SET parser_version = '0.0.1', company = 'Misread Co' WHERE id = $1", [before[0].id]);
    await startWorker();
    await expect.poll(async () => (await db.query('SELECT company, parser_version FROM reports ORDER BY company')).rows, { timeout: 30_000 }).toEqual([
      { company: 'Tau Glass Inc', parser_version: current },
      { company: 'Ups Paper Corp', parser_version: current },
    ]);
    // The queue marks the job done just after the report is written.
    const jobs = async () => (await db.query("SELECT data->>'reportId' AS id, state FROM pgboss.job WHERE name = 'release-desk-reparse'")).rows;
    await expect.poll(jobs, { timeout: 10_000 }).toEqual([{ id: before[0].id, state: 'completed' }]);
  }, 90_000);

  it('loses nothing when a worker is killed with kill -9 in the middle of a job: another one finishes the batch, each file stored once', async () => {
    // A release that takes its parser seconds, first in the queue, and three quick ones.
    writeFileSync(path.join(folder, 'a-slow.txt'), release('Omicron Slow Corp', 'Sales to USPS accounted for 53.9% of consolidated net sales. '.repeat(25_000)));
    for (const c of ['Pi Rail Inc', 'Rho Foods Corp', 'Sigma Tools Inc']) writeFileSync(path.join(folder, `${c}.txt`), release(c));
    const first = await startWorker();
    const run = ingest();
    // The first worker has the slow job in hand: kill it there, then start another.
    await expect.poll(async () => (await db.query("SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'active'").catch(() => ({ rows: [{ n: 0 }] }))).rows[0].n, { timeout: 30_000 }).toBe(1);
    first.kill('SIGKILL');
    await startWorker();
    const { stdout } = await run;
    expect(stdout.replace(/ in \d+(?:m\d+)?s \([\d.]+\/s, /, ' in … (')).toBe("Stored 4 releases in … (by the queue's workers); 0 skipped (stored already); none failed.\n");
    expect(await companies()).toEqual([
      { company: 'Omicron Slow Corp', n: 1 }, { company: 'Pi Rail Inc', n: 1 }, { company: 'Rho Foods Corp', n: 1 }, { company: 'Sigma Tools Inc', n: 1 },
    ]);
  }, 120_000);
});
