import { Worker } from 'node:worker_threads';
import type { Listing } from '@/lib/domain/listing';
import type { ParsedRelease } from '@/lib/domain/release';
import type { PackedParse } from '@/lib/storage/packed-parse';

/**
 * What became of a parse: its result, a parser error, or no result within the time budget. A
 * result comes packed for the store, with its library row and text; the parse itself only when
 * asked for (`keep`), as a page about to show it does.
 */
export type ParseOutcome =
  | { kind: 'parsed'; packed: PackedParse; listing: Listing; text: string; parsed: ParsedRelease | null }
  | { kind: 'failed' }
  | { kind: 'timed_out' };

type Parsed = Extract<ParseOutcome, { kind: 'parsed' }>;
type Reply = ({ id: number } & Omit<Parsed, 'kind'>) | { id: number; error: string };
type Job = { id: number; bytes: Uint8Array; keep: boolean; resolve: (outcome: ParseOutcome) => void };

/** One parser thread, one release at a time: a release over its budget is ended by ending the thread. */
class Lane {
  private thread: Worker | null = null;
  private running: (Job & { timer: NodeJS.Timeout; thread: Worker }) | null = null;

  constructor(
    private readonly budgetMs: number,
    private readonly next: () => Job | undefined,
    private readonly script: URL | undefined,
  ) {}

  get busy(): boolean {
    return this.running !== null;
  }

  private spawn(): Worker {
    // The app's build finds the worker by this very expression; a bundled script names its own.
    const thread = this.script ? new Worker(this.script) : new Worker(new URL('./parse-worker.ts', import.meta.url));
    thread.on('message', (reply: Reply) => {
      if (reply.id !== this.running?.id) return;
      if ('error' in reply) {
        console.error('parseRelease failed', reply.error);
        this.finish({ kind: 'failed' });
      } else {
        this.finish({ kind: 'parsed', packed: reply.packed, listing: reply.listing, text: reply.text, parsed: reply.parsed });
      }
    });
    thread.on('error', (error) => console.error('parser thread failed', error));
    thread.on('exit', () => {
      if (this.thread === thread) this.thread = null;
      // A thread that died under its release (not one ended for its budget) failed it.
      if (this.running?.thread === thread) this.finish({ kind: 'failed' });
    });
    // The process may exit while the thread waits for work.
    thread.unref();
    return thread;
  }

  private finish(outcome: ParseOutcome) {
    if (!this.running) return;
    clearTimeout(this.running.timer);
    this.running.resolve(outcome);
    this.running = null;
    this.take();
  }

  /** Starts the next waiting release, if this lane is free and one waits. */
  take() {
    if (this.running) return;
    const job = this.next();
    if (!job) return;
    this.thread ??= this.spawn();
    const thread = this.thread;
    const timer = setTimeout(() => {
      // Over budget: end the thread (the only way to stop a synchronous parse) and say so.
      this.thread = null;
      const timedOut = this.running;
      this.running = null;
      void thread.terminate();
      timedOut?.resolve({ kind: 'timed_out' });
      this.take();
    }, this.budgetMs);
    this.running = { ...job, timer, thread };
    thread.postMessage({ id: job.id, bytes: job.bytes, keep: job.keep });
  }

  async close(): Promise<void> {
    await this.thread?.terminate();
    this.thread = null;
  }
}

/**
 * Parser threads: `size` releases parse at once, each in a thread of its own within `budgetMs`,
 * the rest wait in order. The web server runs one (parse-off-thread.ts); bulk ingestion one per core.
 */
export class ParsePool {
  private readonly queue: Job[] = [];
  private readonly lanes: Lane[];
  private nextId = 1;

  /** `script`: the parser thread's code where it is not beside this file (a bundled command line tool). */
  constructor(size: number, budgetMs: number, script?: URL) {
    this.lanes = Array.from({ length: Math.max(1, size) }, () => new Lane(budgetMs, () => this.queue.shift(), script));
  }

  /** Parses a release in a parser thread; `keep` asks for the parse itself too. */
  parse(bytes: Uint8Array, keep = false): Promise<ParseOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, bytes, keep, resolve });
      this.lanes.find((lane) => !lane.busy)?.take();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.close()));
  }
}
