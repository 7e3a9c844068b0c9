import { Worker } from 'node:worker_threads';
import type { Listing } from '@/lib/domain/listing';
import type { ParsedRelease } from '@/lib/domain/release';
import type { PackedParse } from '@/lib/storage/packed-parse';
import { ThreadPool } from './thread-pool';

/**
 * What became of a parse: its result, a parser error, or no result within the time budget. A
 * result comes packed for the store, with its library row and text; the parse itself only when
 * asked for (`keep`), as a page about to show it does.
 */
export type ParseOutcome =
  | { kind: 'parsed'; packed: PackedParse; listing: Listing; text: string; parsed: ParsedRelease | null }
  | { kind: 'failed' }
  | { kind: 'timed_out' };

export type ParsedForStore = Omit<Extract<ParseOutcome, { kind: 'parsed' }>, 'kind'>;

/**
 * Parser threads: `size` releases parse at once, each in a thread of its own within `budgetMs`,
 * the rest wait in order: the web server's (parse-off-thread.ts). Bulk ingestion stores in its threads too (store-pool.ts).
 */
export class ParsePool {
  private readonly threads: ThreadPool<{ bytes: Uint8Array; keep: boolean }, ParsedForStore>;

  constructor(size: number, budgetMs: number) {
    // The app's build finds the worker by this very expression.
    this.threads = new ThreadPool(size, budgetMs, () => new Worker(new URL('./parse-worker.ts', import.meta.url)));
  }

  /** Parses a release in a parser thread; `keep` asks for the parse itself too. */
  async parse(bytes: Uint8Array, keep = false): Promise<ParseOutcome> {
    const outcome = await this.threads.run({ bytes, keep });
    if (outcome.kind === 'done') return { kind: 'parsed', ...outcome.value };
    if (outcome.kind === 'failed') console.error('parseRelease failed', `${outcome.error.name}: ${outcome.error.message}`);
    return { kind: outcome.kind };
  }

  async close(): Promise<void> {
    await this.threads.close();
  }
}
