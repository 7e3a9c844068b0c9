import 'server-only';
import { Worker } from 'node:worker_threads';
import type { Listing } from '@/lib/domain/listing';
import type { ParsedRelease } from '@/lib/domain/release';
import { env } from '@/lib/env';
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
type Job = { id: number; bytes: Uint8Array; keep: boolean; resolve: (outcome: ParseOutcome) => void };

// One parser thread, one release at a time: a release over its budget is ended by ending the
// thread, which then must not hold anyone else's release.
let worker: Worker | null = null;
let running: (Job & { timer: NodeJS.Timeout; thread: Worker }) | null = null;
const queue: Job[] = [];
let nextId = 1;

function finish(outcome: ParseOutcome) {
  if (!running) return;
  clearTimeout(running.timer);
  running.resolve(outcome);
  running = null;
  startNext();
}

function spawn(): Worker {
  const thread = new Worker(new URL('./parse-worker.ts', import.meta.url));
  thread.on('message', (reply: ({ id: number } & Omit<Parsed, 'kind'>) | { id: number; error: string }) => {
    if (reply.id !== running?.id) return;
    if ('error' in reply) {
      console.error('parseRelease failed', reply.error);
      finish({ kind: 'failed' });
    } else {
      finish({ kind: 'parsed', packed: reply.packed, listing: reply.listing, text: reply.text, parsed: reply.parsed });
    }
  });
  thread.on('error', (error) => console.error('parser thread failed', error));
  thread.on('exit', () => {
    if (worker === thread) worker = null;
    // A thread that died under its release (not one ended for its budget) failed it.
    if (running?.thread === thread) finish({ kind: 'failed' });
  });
  // The server may exit while the thread waits for work.
  thread.unref();
  return thread;
}

function startNext() {
  const job = queue.shift();
  if (!job) return;
  worker ??= spawn();
  const thread = worker;
  const timer = setTimeout(() => {
    // Over budget: end the thread (the only way to stop a synchronous parse) and say so.
    worker = null;
    const timedOut = running;
    running = null;
    void thread.terminate();
    timedOut?.resolve({ kind: 'timed_out' });
    startNext();
  }, env().PARSE_BUDGET_MS);
  running = { ...job, timer, thread };
  thread.postMessage({ id: job.id, bytes: job.bytes, keep: job.keep });
}

/** Parses a release in the parser thread, within the time budget (PARSE_BUDGET_MS); `keep` asks for the parse itself too. */
export function parseOffThread(bytes: Uint8Array, keep = false): Promise<ParseOutcome> {
  return new Promise((resolve) => {
    queue.push({ id: nextId++, bytes, keep, resolve });
    if (!running) startNext();
  });
}
