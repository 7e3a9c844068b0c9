import { parentPort, type Worker } from 'node:worker_threads';

/**
 * What became of a job given to a thread: its value, the error it threw (with the error's `code`,
 * so a storage fault is still told apart from a bug), or no answer within the time budget.
 */
export type ThreadOutcome<T> = { kind: 'done'; value: T } | { kind: 'failed'; error: Error } | { kind: 'timed_out' };

type Reply<T> = { started: number } | { id: number; value: T } | { id: number; error: { name: string; message: string; code?: unknown } };

// A thread that has not begun a job in this long (loading its code, opening its database) is stuck.
const STARTUP_MS = 60_000;
type Job<I, T> = { id: number; input: I; resolve: (outcome: ThreadOutcome<T>) => void };

function errorOf({ name, message, code }: { name: string; message: string; code?: unknown }): Error {
  return Object.assign(new Error(message), { name, ...(code === undefined ? {} : { code }) });
}

/** One thread, one job at a time: a job over its budget is ended by ending the thread. */
class Lane<I, T> {
  private thread: Worker | null = null;
  private running: (Job<I, T> & { timer: NodeJS.Timeout; thread: Worker }) | null = null;

  constructor(
    private readonly budgetMs: number,
    private readonly next: () => Job<I, T> | undefined,
    private readonly spawnThread: () => Worker,
  ) {}

  get busy(): boolean {
    return this.running !== null;
  }

  private spawn(): Worker {
    const thread = this.spawnThread();
    thread.on('message', (reply: Reply<T>) => {
      if ('started' in reply) {
        // The budget is the job's own time: the thread's start-up before it does not count.
        if (reply.started !== this.running?.id) return;
        clearTimeout(this.running.timer);
        this.running.timer = this.watch(thread, this.budgetMs, { kind: 'timed_out' });
        return;
      }
      if (reply.id !== this.running?.id) return;
      this.finish('error' in reply ? { kind: 'failed', error: errorOf(reply.error) } : { kind: 'done', value: reply.value });
    });
    thread.on('error', (error) => console.error('worker thread failed', error));
    thread.on('exit', () => {
      if (this.thread === thread) this.thread = null;
      // A thread that died under its job (not one ended for its budget) failed it.
      if (this.running?.thread === thread) this.finish({ kind: 'failed', error: new Error('The worker thread exited.') });
    });
    // The process may exit while the thread waits for work.
    thread.unref();
    return thread;
  }

  private finish(outcome: ThreadOutcome<T>) {
    if (!this.running) return;
    clearTimeout(this.running.timer);
    this.running.resolve(outcome);
    this.running = null;
    this.take();
  }

  /** Starts the next waiting job, if this lane is free and one waits. */
  take() {
    if (this.running) return;
    const job = this.next();
    if (!job) return;
    this.thread ??= this.spawn();
    const thread = this.thread;
    this.running = { ...job, timer: this.watch(thread, STARTUP_MS, { kind: 'failed', error: new Error('The worker thread did not start.') }), thread };
    thread.postMessage({ id: job.id, input: job.input });
  }

  /** After `ms`, the running job ends with `outcome`, and its thread with it (the only way to stop synchronous work). */
  private watch(thread: Worker, ms: number, outcome: ThreadOutcome<T>): NodeJS.Timeout {
    return setTimeout(() => {
      this.thread = null;
      const ended = this.running;
      this.running = null;
      void thread.terminate();
      ended?.resolve(outcome);
      this.take();
    }, ms);
  }

  async close(): Promise<void> {
    await this.thread?.terminate();
    this.thread = null;
  }
}

/**
 * Worker threads: `size` jobs run at once, each in a thread of its own within `budgetMs`, the rest
 * wait in order. `spawn` starts one thread; its script answers with `answerJobs`.
 */
export class ThreadPool<I, T> {
  private readonly queue: Job<I, T>[] = [];
  private readonly lanes: Lane<I, T>[];
  private nextId = 1;

  constructor(size: number, budgetMs: number, spawn: () => Worker) {
    this.lanes = Array.from({ length: Math.max(1, size) }, () => new Lane<I, T>(budgetMs, () => this.queue.shift(), spawn));
  }

  run(input: I): Promise<ThreadOutcome<T>> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, input, resolve });
      this.lanes.find((lane) => !lane.busy)?.take();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.close()));
  }
}

/**
 * In a pool's thread: answers each job with what `handle` makes of it, or the error it threw, once
 * `ready` (the thread's own start-up: opening a database) is done. It says when it begins a job,
 * for the job's budget to start then.
 */
export function answerJobs<I, T>(handle: (input: I) => T | Promise<T>, ready: Promise<unknown> = Promise.resolve()): void {
  parentPort!.on('message', async ({ id, input }: { id: number; input: I }) => {
    try {
      await ready;
      parentPort!.postMessage({ started: id });
      parentPort!.postMessage({ id, value: await handle(input) });
    } catch (error) {
      const { name, message, code } = error instanceof Error ? (error as Error & { code?: unknown }) : { name: 'Error', message: String(error), code: undefined };
      parentPort!.postMessage({ id, error: { name, message, code: typeof code === 'string' || typeof code === 'number' ? code : undefined } });
    }
  });
}
