// The parser in a worker thread of its own (lib/reports/parse-off-thread.ts starts it): a slow
// release parses here while the server goes on answering other requests. What the store needs is
// made here too (the packed parse, the library row), so a large parse never crosses to the request
// thread as an object to copy and serialize there.
import { parentPort } from 'node:worker_threads';
import { parseRelease } from '@/lib/parse';
import { listingOf } from '@/lib/report/listing';
import { packParse } from '@/lib/storage/packed-parse';

parentPort!.on('message', ({ id, bytes, keep }: { id: number; bytes: Uint8Array; keep: boolean }) => {
  try {
    const parsed = parseRelease(bytes);
    parentPort!.postMessage({ id, packed: packParse(parsed), listing: listingOf(parsed), text: parsed.text, parsed: keep ? parsed : null });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
});
