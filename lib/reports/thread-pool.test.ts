import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { ThreadPool } from './thread-pool';

// A thread script of a few lines, answering as answerJobs does: says it has begun, then doubles a
// number, fails a job with a coded error, spins for ever, or exits under its job.
const SCRIPT = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, input }) => {
  parentPort.postMessage({ started: id });
  if (input === 'spin') for (;;);
  if (input === 'exit') process.exit(3);
  if (input === 'busy') return parentPort.postMessage({ id, error: { name: 'SqliteError', message: 'database is locked', code: 'SQLITE_BUSY' } });
  parentPort.postMessage({ id, value: input * 2 });
});`;

describe('ThreadPool', () => {
  let pool: ThreadPool<number | string, number>;
  let spawned = 0;
  const start = (size: number, budgetMs: number) => {
    spawned = 0;
    pool = new ThreadPool(size, budgetMs, () => {
      spawned++;
      return new Worker(SCRIPT, { eval: true });
    });
  };
  afterEach(() => pool.close());

  it('answers every job, more jobs than threads, each with its own value', async () => {
    start(2, 5_000);
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map((n) => pool.run(n)));
    expect(outcomes).toEqual([2, 4, 6, 8, 10].map((value) => ({ kind: 'done', value })));
    expect(spawned).toBe(2);
  });

  it("gives back a thread's error with its code, and the thread goes on with the next job", async () => {
    start(1, 5_000);
    const [busy, next] = await Promise.all([pool.run('busy'), pool.run(21)]);
    expect(busy.kind).toBe('failed');
    expect(busy.kind === 'failed' && { name: busy.error.name, message: busy.error.message, code: (busy.error as Error & { code: string }).code }).toEqual({
      name: 'SqliteError',
      message: 'database is locked',
      code: 'SQLITE_BUSY',
    });
    expect(next).toEqual({ kind: 'done', value: 42 });
    expect(spawned).toBe(1);
  });

  it('ends a job over its budget by ending its thread; a new thread takes the jobs waiting behind it', async () => {
    start(1, 300);
    const [spun, after] = await Promise.all([pool.run('spin'), pool.run(4)]);
    expect(spun).toEqual({ kind: 'timed_out' });
    expect(after).toEqual({ kind: 'done', value: 8 });
    expect(spawned).toBe(2);
  });

  it("starts a job's budget when its thread begins it: a slow start-up does not count", async () => {
    spawned = 0;
    // Half a second of loading before the thread answers anything, against a budget of 300 ms.
    pool = new ThreadPool(1, 300, () => {
      spawned++;
      return new Worker(`const end = Date.now() + 500; while (Date.now() < end);\n${SCRIPT}`, { eval: true });
    });
    expect(await pool.run(3)).toEqual({ kind: 'done', value: 6 });
  });

  it('fails the job of a thread that exits under it, and starts another for the next', async () => {
    start(1, 5_000);
    const exited = await pool.run('exit');
    expect(exited.kind === 'failed' && exited.error.message).toBe('The worker thread exited.');
    expect(await pool.run(5)).toEqual({ kind: 'done', value: 10 });
    expect(spawned).toBe(2);
  });
});
