import 'server-only';
import type { Correction } from '@/lib/domain/correction';
import type { ParsedRelease } from '@/lib/domain/release';
import type { Report } from '@/lib/domain/report';
import { env } from '@/lib/env';
import { ReparseQueue } from '@/lib/jobs/reparse-queue';
import { getStore } from '@/lib/storage';
import { isStorageFault } from '@/lib/storage/faults';
import { parseOffThread } from './parse-off-thread';
import { rereadIfStale, rereadRelease, staleReports } from './reread-release';

// A re-read keeps the parse itself: the report's corrections are applied to it.
const parseKeeping = (bytes: Uint8Array) => parseOffThread(bytes, true);

/** Reads a report's original again with this parser, off the request thread, and stores the result. */
export function reparse(report: Report, corrections: Correction[]): Promise<{ parsed: ParsedRelease | null; text: string }> {
  return rereadRelease(getStore(), parseKeeping, report, corrections);
}

/** Reads a stale report again, unless it has been meanwhile. */
function rereadStale(id: string): Promise<void> {
  return rereadIfStale(getStore(), parseKeeping, id);
}

// On SQLite, reports waiting to be read again, in this process, one at a time: a newer parser
// reads the library in the background, and an upload waits behind at most one of them.
// On Postgres the same as jobs on the team's queue, shared by every app server (ReparseQueue).
const holder = globalThis as typeof globalThis & { releaseDeskStale?: { waiting: Set<string>; running: boolean }; releaseDeskReparseQueue?: ReparseQueue };

function inProcess() {
  holder.releaseDeskStale ??= { waiting: new Set(), running: false };
  return holder.releaseDeskStale;
}

/** The team's re-read queue, worked by this server too; null on SQLite. */
function teamQueue(): ReparseQueue | null {
  const url = env().DATABASE_URL;
  if (!url) return null;
  if (!holder.releaseDeskReparseQueue) {
    const queue = new ReparseQueue(url);
    holder.releaseDeskReparseQueue = queue;
    void queue.work(rereadStale).catch((error) => {
      // The database down at start: the next stale report queued starts the queue again.
      console.error('re-read queue: cannot start', error);
      if (holder.releaseDeskReparseQueue === queue) holder.releaseDeskReparseQueue = undefined;
    });
  }
  return holder.releaseDeskReparseQueue;
}

async function drain() {
  const q = inProcess();
  if (q.running) return;
  q.running = true;
  try {
    for (const id of q.waiting) {
      q.waiting.delete(id);
      try {
        await rereadStale(id);
      } catch (error) {
        // The store is down: leave the rest for the next view or the next start.
        if (isStorageFault(error)) break;
        console.error(`re-reading report ${id} failed`, error);
      }
    }
  } finally {
    q.running = false;
  }
}

/** Has these stale reports read again in the background; returns at once. */
export function scheduleReparse(ids: string[]): void {
  const queue = teamQueue();
  if (queue) {
    // Not queued now (the database down): the next view or the next start queues it again.
    queue.enqueue(ids).catch((error) => console.error(`re-read queue: ${error instanceof Error ? error.message : String(error)}`));
    return;
  }
  const q = inProcess();
  for (const id of ids) q.waiting.add(id);
  void drain();
}

/** Queues every report an older parser wrote, at server start: the library catches up in the background. */
export async function rereadStaleReports(): Promise<number> {
  const ids = await staleReports(getStore());
  const queue = teamQueue();
  if (queue) await queue.enqueue(ids);
  else scheduleReparse(ids);
  return ids.length;
}
